	.file	"switches.c"
	.intel_syntax noprefix
	.text
	.p2align 4
	.globl	days_in_month
	.type	days_in_month, @function
days_in_month:
	cmp	edi, 12
	ja	.L6
	mov	edx, 1
	mov	ecx, edi
	mov	eax, 31
	sal	rdx, cl
	test	edx, 5546
	je	.L9
.L1:
	ret
	.p2align 4,,10
	.p2align 3
.L9:
	mov	eax, 30
	test	edx, 2640
	jne	.L1
	cmp	edi, 2
	jne	.L6
	cmp	esi, 1
	mov	eax, 28
	sbb	eax, -1
	ret
	.p2align 4,,10
	.p2align 3
.L6:
	mov	eax, -1
	ret
	.size	days_in_month, .-days_in_month
	.p2align 4
	.globl	opcode_cost
	.type	opcode_cost, @function
opcode_cost:
	xor	eax, eax
	cmp	edi, 9
	ja	.L10
	mov	edi, edi
	lea	rax, CSWTCH.10[rip]
	mov	eax, DWORD PTR [rax+rdi*4]
.L10:
	ret
	.size	opcode_cost, .-opcode_cost
	.section	.text.unlikely,"ax",@progbits
.LCOLDB0:
	.text
.LHOTB0:
	.p2align 4
	.globl	apply_op
	.type	apply_op, @function
apply_op:
	mov	rcx, rdx
	cmp	edi, 9
	ja	.L26
	lea	rax, .L16[rip]
	mov	edi, edi
	movsx	rdx, DWORD PTR [rax+rdi*4]
	add	rdx, rax
	jmp	rdx
	.section	.rodata
	.align 4
	.align 4
.L16:
	.long	.L25-.L16
	.long	.L24-.L16
	.long	.L23-.L16
	.long	.L22-.L16
	.long	.L21-.L16
	.long	.L20-.L16
	.long	.L19-.L16
	.long	.L18-.L16
	.long	.L17-.L16
	.long	.L15-.L16
	.text
	.p2align 4,,10
	.p2align 3
.L17:
	sal	rsi, cl
	mov	rdi, rsi
.L13:
	mov	rax, rdi
	ret
	.p2align 4,,10
	.p2align 3
.L15:
	sar	rsi, cl
	mov	rdi, rsi
	jmp	.L13
	.p2align 4,,10
	.p2align 3
.L25:
	lea	rdi, [rcx+rsi]
	jmp	.L13
	.p2align 4,,10
	.p2align 3
.L24:
	sub	rsi, rcx
	mov	rdi, rsi
	jmp	.L13
	.p2align 4,,10
	.p2align 3
.L23:
	imul	rcx, rsi
	mov	rdi, rcx
	jmp	.L13
	.p2align 4,,10
	.p2align 3
.L22:
	xor	edi, edi
	test	rcx, rcx
	je	.L13
	mov	rax, rsi
	cqo
	idiv	rcx
	mov	rdi, rax
	jmp	.L13
	.p2align 4,,10
	.p2align 3
.L21:
	xor	edi, edi
	test	rcx, rcx
	je	.L13
	mov	rax, rsi
	cqo
	idiv	rcx
	mov	rdi, rdx
	jmp	.L13
	.p2align 4,,10
	.p2align 3
.L20:
	and	rcx, rsi
	mov	rdi, rcx
	jmp	.L13
	.p2align 4,,10
	.p2align 3
.L19:
	or	rcx, rsi
	mov	rdi, rcx
	jmp	.L13
	.p2align 4,,10
	.p2align 3
.L18:
	xor	rcx, rsi
	mov	rdi, rcx
	jmp	.L13
	.section	.text.unlikely
	.type	apply_op.cold, @function
apply_op.cold:
.L26:
	or	rdi, -1
	jmp	.L13
	.text
	.size	apply_op, .-apply_op
	.section	.text.unlikely
	.size	apply_op.cold, .-apply_op.cold
.LCOLDE0:
	.text
.LHOTE0:
	.p2align 4
	.globl	char_class
	.type	char_class, @function
char_class:
	sub	edi, 9
	xor	eax, eax
	cmp	edi, 116
	ja	.L31
	lea	rax, CSWTCH.13[rip]
	movsx	eax, BYTE PTR [rax+rdi]
.L31:
	ret
	.size	char_class, .-char_class
	.p2align 4
	.globl	http_status_class
	.type	http_status_class, @function
http_status_class:
	cmp	edi, 401
	jg	.L35
	cmp	edi, 399
	jg	.L40
	cmp	edi, 302
	jg	.L37
	mov	eax, 2
	cmp	edi, 300
	jg	.L34
	cmp	edi, 201
	jle	.L45
	xor	eax, eax
	cmp	edi, 204
	sete	al
	ret
	.p2align 4,,10
	.p2align 3
.L35:
	mov	eax, 4
	cmp	edi, 500
	je	.L34
	jle	.L46
	xor	eax, eax
	cmp	edi, 503
	sete	al
	sal	eax, 2
	ret
	.p2align 4,,10
	.p2align 3
.L45:
	xor	eax, eax
	cmp	edi, 199
	setg	al
	ret
.L46:
	sub	edi, 403
	cmp	edi, 2
	sbb	eax, eax
	and	eax, 3
	ret
	.p2align 4,,10
	.p2align 3
.L40:
	mov	eax, 3
.L34:
	ret
	.p2align 4,,10
	.p2align 3
.L37:
	xor	eax, eax
	cmp	edi, 304
	sete	al
	add	eax, eax
	ret
	.size	http_status_class, .-http_status_class
	.p2align 4
	.globl	roman_value
	.type	roman_value, @function
roman_value:
	sub	edi, 67
	xor	eax, eax
	cmp	edi, 21
	ja	.L47
	lea	rax, CSWTCH.16[rip]
	mov	eax, DWORD PTR [rax+rdi*4]
.L47:
	ret
	.size	roman_value, .-roman_value
	.p2align 4
	.globl	roman_to_int
	.type	roman_to_int, @function
roman_to_int:
	movsx	eax, BYTE PTR [rdi]
	test	al, al
	je	.L57
	sub	eax, 67
	xor	esi, esi
	xor	edx, edx
	cmp	eax, 21
	ja	.L56
	lea	rcx, CSWTCH.16[rip]
.L55:
	mov	edx, DWORD PTR [rcx+rax*4]
.L56:
	movsx	eax, BYTE PTR 1[rdi]
	mov	ecx, eax
	sub	eax, 67
	cmp	eax, 21
	ja	.L53
.L61:
	lea	rcx, CSWTCH.16[rip]
	mov	r8d, eax
	cmp	edx, DWORD PTR [rcx+r8*4]
	jge	.L60
	add	rdi, 1
	sub	esi, edx
	mov	edx, DWORD PTR [rcx+rax*4]
	movsx	eax, BYTE PTR 1[rdi]
	mov	ecx, eax
	sub	eax, 67
	cmp	eax, 21
	jbe	.L61
.L53:
	add	esi, edx
	add	rdi, 1
	xor	edx, edx
	test	cl, cl
	jne	.L56
	mov	eax, esi
	ret
	.p2align 4,,10
	.p2align 3
.L60:
	add	esi, edx
	add	rdi, 1
	jmp	.L55
	.p2align 4,,10
	.p2align 3
.L57:
	xor	esi, esi
	mov	eax, esi
	ret
	.size	roman_to_int, .-roman_to_int
	.p2align 4
	.globl	fallthrough_sum
	.type	fallthrough_sum, @function
fallthrough_sum:
	cmp	edi, 5
	ja	.L70
	lea	rdx, .L65[rip]
	mov	eax, edi
	movsx	rax, DWORD PTR [rdx+rax*4]
	add	rax, rdx
	jmp	rax
	.section	.rodata
	.align 4
	.align 4
.L65:
	.long	.L70-.L65
	.long	.L71-.L65
	.long	.L72-.L65
	.long	.L73-.L65
	.long	.L66-.L65
	.long	.L74-.L65
	.text
	.p2align 4,,10
	.p2align 3
.L74:
	mov	eax, 15
	ret
	.p2align 4,,10
	.p2align 3
.L66:
	mov	eax, 10
	ret
	.p2align 4,,10
	.p2align 3
.L73:
	mov	eax, 6
	ret
	.p2align 4,,10
	.p2align 3
.L72:
	mov	eax, 3
	ret
	.p2align 4,,10
	.p2align 3
.L71:
	mov	eax, edi
	ret
.L70:
	or	eax, -1
	ret
	.size	fallthrough_sum, .-fallthrough_sum
	.p2align 4
	.globl	weekday_mask
	.type	weekday_mask, @function
weekday_mask:
	xor	eax, eax
	cmp	edi, 6
	ja	.L75
	mov	edi, edi
	lea	rax, CSWTCH.20[rip]
	mov	eax, DWORD PTR [rax+rdi*4]
.L75:
	ret
	.size	weekday_mask, .-weekday_mask
	.p2align 4
	.globl	is_prime_small
	.type	is_prime_small, @function
is_prime_small:
	cmp	edi, 31
	ja	.L80
	mov	eax, 2693408940
	bt	rax, rdi
	setc	al
	movzx	eax, al
	ret
	.p2align 4,,10
	.p2align 3
.L80:
	xor	eax, eax
	ret
	.size	is_prime_small, .-is_prime_small
	.p2align 4
	.globl	hex_digit_value
	.type	hex_digit_value, @function
hex_digit_value:
	sub	edi, 48
	mov	eax, -1
	cmp	edi, 54
	ja	.L81
	lea	rax, CSWTCH.23[rip]
	movsx	eax, BYTE PTR [rax+rdi]
.L81:
	ret
	.size	hex_digit_value, .-hex_digit_value
	.p2align 4
	.globl	scale_unit
	.type	scale_unit, @function
scale_unit:
	sub	edi, 71
	mov	rax, rsi
	cmp	edi, 38
	ja	.L85
	lea	rcx, .L87[rip]
	movsx	rdx, DWORD PTR [rcx+rdi*4]
	add	rdx, rcx
	jmp	rdx
	.section	.rodata
	.align 4
	.align 4
.L87:
	.long	.L91-.L87
	.long	.L85-.L87
	.long	.L85-.L87
	.long	.L85-.L87
	.long	.L90-.L87
	.long	.L85-.L87
	.long	.L89-.L87
	.long	.L85-.L87
	.long	.L85-.L87
	.long	.L85-.L87
	.long	.L85-.L87
	.long	.L85-.L87
	.long	.L85-.L87
	.long	.L85-.L87
	.long	.L85-.L87
	.long	.L85-.L87
	.long	.L85-.L87
	.long	.L85-.L87
	.long	.L85-.L87
	.long	.L85-.L87
	.long	.L85-.L87
	.long	.L85-.L87
	.long	.L85-.L87
	.long	.L85-.L87
	.long	.L85-.L87
	.long	.L85-.L87
	.long	.L85-.L87
	.long	.L85-.L87
	.long	.L85-.L87
	.long	.L85-.L87
	.long	.L85-.L87
	.long	.L85-.L87
	.long	.L85-.L87
	.long	.L85-.L87
	.long	.L85-.L87
	.long	.L85-.L87
	.long	.L88-.L87
	.long	.L85-.L87
	.long	.L86-.L87
	.text
	.p2align 4,,10
	.p2align 3
.L86:
	sal	rax, 20
.L85:
	ret
	.p2align 4,,10
	.p2align 3
.L91:
	imul	rax, rsi, 1000000000
	ret
	.p2align 4,,10
	.p2align 3
.L90:
	sal	rax, 10
	ret
	.p2align 4,,10
	.p2align 3
.L89:
	imul	rax, rsi, 1000000
	ret
	.p2align 4,,10
	.p2align 3
.L88:
	imul	rax, rsi, 1000
	ret
	.size	scale_unit, .-scale_unit
	.p2align 4
	.globl	tokens_cost
	.type	tokens_cost, @function
tokens_cost:
	movzx	eax, BYTE PTR [rdi]
	xor	edx, edx
	test	al, al
	jne	.L100
	jmp	.L92
	.p2align 4,,10
	.p2align 3
.L103:
	cmp	al, 39
	jg	.L95
	lea	ecx, 3[rdx]
	cmp	al, 34
	cmove	edx, ecx
.L97:
	movzx	eax, BYTE PTR 1[rdi]
	add	rdi, 1
	test	al, al
	je	.L92
.L100:
	cmp	al, 41
	jle	.L103
	cmp	al, 44
	je	.L98
	cmp	al, 59
	jne	.L97
	movzx	eax, BYTE PTR 1[rdi]
	add	rdi, 1
	add	edx, 5
	test	al, al
	jne	.L100
.L92:
	mov	eax, edx
	ret
	.p2align 4,,10
	.p2align 3
.L95:
	add	edx, 2
	jmp	.L97
	.p2align 4,,10
	.p2align 3
.L98:
	add	edx, 1
	jmp	.L97
	.size	tokens_cost, .-tokens_cost
	.p2align 4
	.globl	month_from_letters
	.type	month_from_letters, @function
month_from_letters:
	sub	edi, 65
	cmp	edi, 18
	ja	.L105
	lea	rcx, .L107[rip]
	movsx	rax, DWORD PTR [rcx+rdi*4]
	add	rax, rcx
	jmp	rax
	.section	.rodata
	.align 4
	.align 4
.L107:
	.long	.L114-.L107
	.long	.L105-.L107
	.long	.L105-.L107
	.long	.L113-.L107
	.long	.L105-.L107
	.long	.L112-.L107
	.long	.L105-.L107
	.long	.L105-.L107
	.long	.L105-.L107
	.long	.L111-.L107
	.long	.L105-.L107
	.long	.L105-.L107
	.long	.L110-.L107
	.long	.L109-.L107
	.long	.L108-.L107
	.long	.L105-.L107
	.long	.L105-.L107
	.long	.L105-.L107
	.long	.L115-.L107
	.text
	.p2align 4,,10
	.p2align 3
.L105:
	xor	eax, eax
	ret
	.p2align 4,,10
	.p2align 3
.L114:
	xor	eax, eax
	cmp	esi, 112
	setne	al
	lea	eax, 4[0+rax*4]
	ret
	.p2align 4,,10
	.p2align 3
.L113:
	mov	eax, 12
	ret
	.p2align 4,,10
	.p2align 3
.L111:
	mov	eax, 1
	cmp	esi, 97
	je	.L104
	xor	eax, eax
	cmp	edx, 110
	setne	al
	add	eax, 6
	ret
	.p2align 4,,10
	.p2align 3
.L110:
	xor	eax, eax
	cmp	edx, 114
	setne	al
	lea	eax, 3[rax+rax]
	ret
	.p2align 4,,10
	.p2align 3
.L109:
	mov	eax, 11
	ret
	.p2align 4,,10
	.p2align 3
.L108:
	mov	eax, 10
	ret
	.p2align 4,,10
	.p2align 3
.L115:
	mov	eax, 9
.L104:
	ret
	.p2align 4,,10
	.p2align 3
.L112:
	mov	eax, 2
	ret
	.size	month_from_letters, .-month_from_letters
	.p2align 4
	.globl	grade_points
	.type	grade_points, @function
grade_points:
	movsx	rax, edi
	sar	edi, 31
	xor	edx, edx
	imul	rax, rax, 1717986919
	sar	rax, 34
	sub	eax, edi
	sub	eax, 6
	cmp	eax, 4
	ja	.L121
	lea	rdx, CSWTCH.28[rip]
	mov	edx, DWORD PTR [rdx+rax*4]
.L121:
	mov	eax, edx
	ret
	.size	grade_points, .-grade_points
	.p2align 4
	.globl	shift_by_kind
	.type	shift_by_kind, @function
shift_by_kind:
	and	edi, 7
	cmp	edi, 6
	ja	.L125
	lea	rdx, .L127[rip]
	movsx	rax, DWORD PTR [rdx+rdi*4]
	add	rax, rdx
	jmp	rax
	.section	.rodata
	.align 4
	.align 4
.L127:
	.long	.L134-.L127
	.long	.L132-.L127
	.long	.L131-.L127
	.long	.L130-.L127
	.long	.L129-.L127
	.long	.L128-.L127
	.long	.L126-.L127
	.text
	.p2align 4,,10
	.p2align 3
.L134:
	mov	rax, rsi
	ret
	.p2align 4,,10
	.p2align 3
.L132:
	lea	rax, [rsi+rsi]
	ret
	.p2align 4,,10
	.p2align 3
.L131:
	mov	rax, rsi
	shr	rax
	ret
	.p2align 4,,10
	.p2align 3
.L130:
	mov	rax, rsi
	sal	rax, 8
	ret
	.p2align 4,,10
	.p2align 3
.L129:
	mov	rax, rsi
	shr	rax, 8
	ret
	.p2align 4,,10
	.p2align 3
.L128:
	mov	rax, rsi
	not	rax
	ret
	.p2align 4,,10
	.p2align 3
.L126:
	mov	rax, rsi
	neg	rax
	ret
.L125:
	lea	rax, [rsi+rsi*2]
	ret
	.size	shift_by_kind, .-shift_by_kind
	.p2align 4
	.globl	vowel_index
	.type	vowel_index, @function
vowel_index:
	sub	edi, 97
	mov	eax, -1
	cmp	edi, 24
	ja	.L135
	lea	rax, CSWTCH.31[rip]
	mov	eax, DWORD PTR [rax+rdi*4]
.L135:
	ret
	.size	vowel_index, .-vowel_index
	.p2align 4
	.globl	big_switch
	.type	big_switch, @function
big_switch:
	lea	edx, -10[rdi]
	mov	eax, edi
	cmp	edx, 17
	ja	.L139
	lea	rax, CSWTCH.33[rip]
	mov	eax, DWORD PTR [rax+rdx*4]
.L139:
	ret
	.size	big_switch, .-big_switch
	.p2align 4
	.globl	sparse_switch
	.type	sparse_switch, @function
sparse_switch:
	cmp	rdi, 99
	je	.L143
	jg	.L142
	mov	eax, 2
	cmp	rdi, -7
	je	.L140
	mov	eax, 3
	test	rdi, rdi
	jne	.L151
.L140:
	ret
	.p2align 4,,10
	.p2align 3
.L151:
	xor	eax, eax
	cmp	rdi, -1000000
	sete	al
	ret
	.p2align 4,,10
	.p2align 3
.L142:
	mov	eax, 5
	cmp	rdi, 4096
	je	.L140
	movabs	rax, 1099511627776
	mov	edx, 0
	cmp	rdi, rax
	mov	eax, 6
	cmovne	eax, edx
	ret
	.p2align 4,,10
	.p2align 3
.L143:
	mov	eax, 4
	ret
	.size	sparse_switch, .-sparse_switch
	.section	.rodata
	.align 32
	.type	CSWTCH.33, @object
	.size	CSWTCH.33, 72
CSWTCH.33:
	.long	3
	.long	1
	.long	4
	.long	1
	.long	5
	.long	9
	.long	2
	.long	6
	.long	5
	.long	3
	.long	5
	.long	8
	.long	9
	.long	7
	.long	9
	.long	3
	.long	2
	.long	3
	.align 32
	.type	CSWTCH.31, @object
	.size	CSWTCH.31, 100
CSWTCH.31:
	.long	0
	.long	-1
	.long	-1
	.long	-1
	.long	1
	.long	-1
	.long	-1
	.long	-1
	.long	2
	.long	-1
	.long	-1
	.long	-1
	.long	-1
	.long	-1
	.long	3
	.long	-1
	.long	-1
	.long	-1
	.long	-1
	.long	-1
	.long	4
	.long	-1
	.long	-1
	.long	-1
	.long	5
	.align 16
	.type	CSWTCH.28, @object
	.size	CSWTCH.28, 20
CSWTCH.28:
	.long	1
	.long	2
	.long	3
	.long	4
	.long	4
	.align 32
	.type	CSWTCH.23, @object
	.size	CSWTCH.23, 55
CSWTCH.23:
	.byte	0
	.byte	1
	.byte	2
	.byte	3
	.byte	4
	.byte	5
	.byte	6
	.byte	7
	.byte	8
	.byte	9
	.byte	-1
	.byte	-1
	.byte	-1
	.byte	-1
	.byte	-1
	.byte	-1
	.byte	-1
	.byte	10
	.byte	11
	.byte	12
	.byte	13
	.byte	14
	.byte	15
	.byte	-1
	.byte	-1
	.byte	-1
	.byte	-1
	.byte	-1
	.byte	-1
	.byte	-1
	.byte	-1
	.byte	-1
	.byte	-1
	.byte	-1
	.byte	-1
	.byte	-1
	.byte	-1
	.byte	-1
	.byte	-1
	.byte	-1
	.byte	-1
	.byte	-1
	.byte	-1
	.byte	-1
	.byte	-1
	.byte	-1
	.byte	-1
	.byte	-1
	.byte	-1
	.byte	10
	.byte	11
	.byte	12
	.byte	13
	.byte	14
	.byte	15
	.align 16
	.type	CSWTCH.20, @object
	.size	CSWTCH.20, 28
CSWTCH.20:
	.long	1
	.long	2
	.long	4
	.long	8
	.long	16
	.long	32
	.long	64
	.align 32
	.type	CSWTCH.16, @object
	.size	CSWTCH.16, 88
CSWTCH.16:
	.long	100
	.long	500
	.long	0
	.long	0
	.long	0
	.long	0
	.long	1
	.long	0
	.long	0
	.long	50
	.long	1000
	.long	0
	.long	0
	.long	0
	.long	0
	.long	0
	.long	0
	.long	0
	.long	0
	.long	5
	.long	0
	.long	10
	.align 32
	.type	CSWTCH.13, @object
	.size	CSWTCH.13, 117
CSWTCH.13:
	.byte	1
	.byte	1
	.byte	0
	.byte	0
	.byte	1
	.byte	0
	.byte	0
	.byte	0
	.byte	0
	.byte	0
	.byte	0
	.byte	0
	.byte	0
	.byte	0
	.byte	0
	.byte	0
	.byte	0
	.byte	0
	.byte	0
	.byte	0
	.byte	0
	.byte	0
	.byte	0
	.byte	1
	.byte	0
	.byte	0
	.byte	0
	.byte	0
	.byte	3
	.byte	0
	.byte	0
	.byte	4
	.byte	4
	.byte	3
	.byte	3
	.byte	0
	.byte	3
	.byte	0
	.byte	3
	.byte	2
	.byte	2
	.byte	2
	.byte	2
	.byte	2
	.byte	2
	.byte	2
	.byte	2
	.byte	2
	.byte	2
	.byte	0
	.byte	0
	.byte	0
	.byte	0
	.byte	0
	.byte	0
	.byte	0
	.byte	0
	.byte	0
	.byte	0
	.byte	0
	.byte	0
	.byte	0
	.byte	0
	.byte	0
	.byte	0
	.byte	0
	.byte	0
	.byte	0
	.byte	0
	.byte	0
	.byte	0
	.byte	0
	.byte	0
	.byte	0
	.byte	0
	.byte	0
	.byte	0
	.byte	0
	.byte	0
	.byte	0
	.byte	0
	.byte	0
	.byte	4
	.byte	0
	.byte	4
	.byte	0
	.byte	0
	.byte	0
	.byte	0
	.byte	0
	.byte	0
	.byte	0
	.byte	0
	.byte	0
	.byte	0
	.byte	0
	.byte	0
	.byte	0
	.byte	0
	.byte	0
	.byte	0
	.byte	0
	.byte	0
	.byte	0
	.byte	0
	.byte	0
	.byte	0
	.byte	0
	.byte	0
	.byte	0
	.byte	0
	.byte	0
	.byte	0
	.byte	0
	.byte	4
	.byte	0
	.byte	4
	.align 32
	.type	CSWTCH.10, @object
	.size	CSWTCH.10, 40
CSWTCH.10:
	.long	1
	.long	3
	.long	3
	.long	7
	.long	12
	.long	2
	.long	9
	.long	4
	.long	4
	.long	20
	.ident	"GCC: (Debian 12.2.0-14+deb12u1) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
