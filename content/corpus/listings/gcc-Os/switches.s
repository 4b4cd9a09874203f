	.file	"switches.c"
	.intel_syntax noprefix
	.text
	.globl	days_in_month
	.type	days_in_month, @function
days_in_month:
	mov	ecx, edi
	or	eax, -1
	cmp	edi, 12
	ja	.L1
	mov	edx, 1
	mov	eax, 31
	sal	rdx, cl
	test	edx, 5546
	jne	.L1
	mov	eax, 30
	test	edx, 2640
	jne	.L1
	or	eax, -1
	cmp	edi, 2
	jne	.L1
	cmp	esi, 1
	sbb	eax, eax
	add	eax, 29
.L1:
	ret
	.size	days_in_month, .-days_in_month
	.globl	opcode_cost
	.type	opcode_cost, @function
opcode_cost:
	xor	eax, eax
	cmp	edi, 9
	ja	.L9
	mov	edi, edi
	lea	rax, CSWTCH.10[rip]
	movsx	eax, BYTE PTR [rax+rdi]
.L9:
	ret
	.size	opcode_cost, .-opcode_cost
	.globl	apply_op
	.type	apply_op, @function
apply_op:
	mov	rax, rsi
	mov	rcx, rdx
	cmp	edi, 9
	ja	.L25
	lea	rsi, .L15[rip]
	mov	edi, edi
	movsx	rdx, DWORD PTR [rsi+rdi*4]
	add	rdx, rsi
	jmp	rdx
	.section	.rodata
	.align 4
	.align 4
.L15:
	.long	.L24-.L15
	.long	.L23-.L15
	.long	.L22-.L15
	.long	.L21-.L15
	.long	.L20-.L15
	.long	.L19-.L15
	.long	.L18-.L15
	.long	.L17-.L15
	.long	.L16-.L15
	.long	.L14-.L15
	.text
.L24:
	add	rcx, rax
	jmp	.L13
.L23:
	sub	rax, rcx
	jmp	.L32
.L22:
	imul	rcx, rax
	jmp	.L13
.L21:
	test	rcx, rcx
	je	.L13
	cqo
	idiv	rcx
	jmp	.L32
.L20:
	test	rcx, rcx
	je	.L13
	cqo
	idiv	rcx
	mov	rcx, rdx
	jmp	.L13
.L19:
	and	rcx, rax
	jmp	.L13
.L18:
	or	rcx, rax
	jmp	.L13
.L17:
	xor	rcx, rax
	jmp	.L13
.L16:
	sal	rax, cl
	jmp	.L32
.L14:
	sar	rax, cl
.L32:
	mov	rcx, rax
	jmp	.L13
.L25:
	or	rcx, -1
.L13:
	mov	rax, rcx
	ret
	.size	apply_op, .-apply_op
	.globl	char_class
	.type	char_class, @function
char_class:
	sub	edi, 9
	xor	eax, eax
	cmp	edi, 116
	ja	.L33
	lea	rax, CSWTCH.13[rip]
	movsx	eax, BYTE PTR [rax+rdi]
.L33:
	ret
	.size	char_class, .-char_class
	.globl	http_status_class
	.type	http_status_class, @function
http_status_class:
	cmp	edi, 401
	jg	.L37
	mov	eax, 3
	cmp	edi, 399
	jg	.L36
	cmp	edi, 302
	jg	.L39
	mov	eax, 2
	cmp	edi, 300
	jg	.L36
	cmp	edi, 201
	jg	.L40
	cmp	edi, 199
	setg	al
	jmp	.L46
.L40:
	cmp	edi, 204
	sete	al
.L46:
	movzx	eax, al
	ret
.L39:
	xor	eax, eax
	cmp	edi, 304
	sete	al
	add	eax, eax
	ret
.L37:
	mov	eax, 4
	cmp	edi, 500
	je	.L36
	jg	.L41
	sub	edi, 403
	cmp	edi, 2
	sbb	eax, eax
	and	eax, 3
	ret
.L41:
	xor	eax, eax
	cmp	edi, 503
	sete	al
	sal	eax, 2
.L36:
	ret
	.size	http_status_class, .-http_status_class
	.globl	roman_value
	.type	roman_value, @function
roman_value:
	sub	edi, 67
	xor	eax, eax
	cmp	edi, 21
	ja	.L47
	lea	rax, CSWTCH.16[rip]
	movsx	eax, WORD PTR [rax+rdi*2]
.L47:
	ret
	.size	roman_value, .-roman_value
	.globl	roman_to_int
	.type	roman_to_int, @function
roman_to_int:
	mov	rdx, rdi
	xor	esi, esi
.L51:
	movsx	edi, BYTE PTR [rdx]
	test	dil, dil
	je	.L54
	call	roman_value
	movsx	edi, BYTE PTR 1[rdx]
	mov	ecx, eax
	call	roman_value
	cmp	ecx, eax
	jge	.L52
	neg	ecx
.L52:
	add	esi, ecx
	inc	rdx
	jmp	.L51
.L54:
	mov	eax, esi
	ret
	.size	roman_to_int, .-roman_to_int
	.globl	fallthrough_sum
	.type	fallthrough_sum, @function
fallthrough_sum:
	lea	edx, -1[rdi]
	or	eax, -1
	cmp	edx, 4
	ja	.L55
	lea	rcx, .L58[rip]
	movsx	rax, DWORD PTR [rcx+rdx*4]
	add	rax, rcx
	jmp	rax
	.section	.rodata
	.align 4
	.align 4
.L58:
	.long	.L64-.L58
	.long	.L65-.L58
	.long	.L66-.L58
	.long	.L59-.L58
	.long	.L57-.L58
	.text
.L59:
	xor	edi, edi
.L57:
	lea	eax, 4[rdi]
	jmp	.L60
.L66:
	xor	eax, eax
.L60:
	add	eax, 3
	jmp	.L61
.L65:
	xor	eax, eax
.L61:
	add	eax, 2
	jmp	.L62
.L64:
	xor	eax, eax
.L62:
	inc	eax
.L55:
	ret
	.size	fallthrough_sum, .-fallthrough_sum
	.globl	weekday_mask
	.type	weekday_mask, @function
weekday_mask:
	xor	eax, eax
	cmp	edi, 6
	ja	.L67
	mov	edi, edi
	lea	rax, CSWTCH.20[rip]
	movzx	eax, BYTE PTR [rax+rdi]
.L67:
	ret
	.size	weekday_mask, .-weekday_mask
	.globl	is_prime_small
	.type	is_prime_small, @function
is_prime_small:
	mov	ecx, edi
	xor	eax, eax
	cmp	edi, 31
	ja	.L70
	mov	eax, 2693408940
	shr	rax, cl
	and	eax, 1
.L70:
	ret
	.size	is_prime_small, .-is_prime_small
	.globl	hex_digit_value
	.type	hex_digit_value, @function
hex_digit_value:
	sub	edi, 48
	or	eax, -1
	cmp	edi, 54
	ja	.L73
	lea	rax, CSWTCH.23[rip]
	movsx	eax, BYTE PTR [rax+rdi]
.L73:
	ret
	.size	hex_digit_value, .-hex_digit_value
	.globl	scale_unit
	.type	scale_unit, @function
scale_unit:
	mov	rax, rsi
	cmp	edi, 77
	je	.L77
	jg	.L78
	cmp	edi, 71
	je	.L79
	cmp	edi, 75
	je	.L80
	ret
.L78:
	cmp	edi, 107
	je	.L82
	cmp	edi, 109
	je	.L83
	ret
.L82:
	imul	rax, rsi, 1000
	ret
.L77:
	imul	rax, rsi, 1000000
	ret
.L79:
	imul	rax, rsi, 1000000000
	ret
.L80:
	sal	rax, 10
	ret
.L83:
	sal	rax, 20
	ret
	.size	scale_unit, .-scale_unit
	.globl	tokens_cost
	.type	tokens_cost, @function
tokens_cost:
	xor	eax, eax
.L85:
	mov	dl, BYTE PTR [rdi]
	test	dl, dl
	je	.L94
	cmp	dl, 41
	je	.L86
	jg	.L87
	cmp	dl, 34
	je	.L88
	cmp	dl, 40
	je	.L86
	jmp	.L90
.L87:
	cmp	dl, 44
	je	.L91
	cmp	dl, 59
	jne	.L90
	add	eax, 5
	jmp	.L90
.L86:
	add	eax, 2
	jmp	.L90
.L91:
	inc	eax
	jmp	.L90
.L88:
	add	eax, 3
.L90:
	inc	rdi
	jmp	.L85
.L94:
	ret
	.size	tokens_cost, .-tokens_cost
	.globl	month_from_letters
	.type	month_from_letters, @function
month_from_letters:
	sub	edi, 65
	cmp	edi, 18
	ja	.L96
	lea	rcx, .L98[rip]
	movsx	rax, DWORD PTR [rcx+rdi*4]
	add	rax, rcx
	jmp	rax
	.section	.rodata
	.align 4
	.align 4
.L98:
	.long	.L105-.L98
	.long	.L96-.L98
	.long	.L96-.L98
	.long	.L104-.L98
	.long	.L96-.L98
	.long	.L103-.L98
	.long	.L96-.L98
	.long	.L96-.L98
	.long	.L96-.L98
	.long	.L102-.L98
	.long	.L96-.L98
	.long	.L96-.L98
	.long	.L101-.L98
	.long	.L100-.L98
	.long	.L99-.L98
	.long	.L96-.L98
	.long	.L96-.L98
	.long	.L96-.L98
	.long	.L106-.L98
	.text
.L103:
	mov	eax, 2
	ret
.L102:
	mov	eax, 1
	cmp	esi, 97
	je	.L95
	xor	eax, eax
	cmp	edx, 110
	setne	al
	add	eax, 6
	ret
.L101:
	xor	eax, eax
	cmp	edx, 114
	setne	al
	lea	eax, 3[rax+rax]
	ret
.L105:
	xor	eax, eax
	cmp	esi, 112
	setne	al
	lea	eax, 4[0+rax*4]
	ret
.L99:
	mov	eax, 10
	ret
.L100:
	mov	eax, 11
	ret
.L104:
	mov	eax, 12
	ret
.L96:
	xor	eax, eax
	ret
.L106:
	mov	eax, 9
.L95:
	ret
	.size	month_from_letters, .-month_from_letters
	.globl	grade_points
	.type	grade_points, @function
grade_points:
	mov	eax, edi
	mov	ecx, 10
	cdq
	idiv	ecx
	xor	edx, edx
	sub	eax, 6
	cmp	eax, 4
	ja	.L111
	lea	rdx, CSWTCH.28[rip]
	movsx	edx, BYTE PTR [rdx+rax]
.L111:
	mov	eax, edx
	ret
	.size	grade_points, .-grade_points
	.globl	shift_by_kind
	.type	shift_by_kind, @function
shift_by_kind:
	and	edi, 7
	mov	rax, rsi
	cmp	edi, 6
	ja	.L115
	lea	rcx, .L117[rip]
	movsx	rdx, DWORD PTR [rcx+rdi*4]
	add	rdx, rcx
	jmp	rdx
	.section	.rodata
	.align 4
	.align 4
.L117:
	.long	.L123-.L117
	.long	.L122-.L117
	.long	.L121-.L117
	.long	.L120-.L117
	.long	.L119-.L117
	.long	.L118-.L117
	.long	.L116-.L117
	.text
.L122:
	add	rax, rsi
	ret
.L121:
	shr	rax
	ret
.L120:
	sal	rax, 8
	ret
.L119:
	shr	rax, 8
	ret
.L118:
	not	rax
	ret
.L116:
	neg	rax
	ret
.L115:
	lea	rax, [rsi+rsi*2]
.L123:
	ret
	.size	shift_by_kind, .-shift_by_kind
	.globl	vowel_index
	.type	vowel_index, @function
vowel_index:
	sub	edi, 97
	or	eax, -1
	cmp	edi, 24
	ja	.L124
	lea	rax, CSWTCH.31[rip]
	movsx	eax, BYTE PTR [rax+rdi]
.L124:
	ret
	.size	vowel_index, .-vowel_index
	.globl	big_switch
	.type	big_switch, @function
big_switch:
	lea	edx, -10[rdi]
	mov	eax, edi
	cmp	edx, 17
	ja	.L128
	lea	rax, CSWTCH.33[rip]
	movsx	eax, BYTE PTR [rax+rdx]
.L128:
	ret
	.size	big_switch, .-big_switch
	.globl	sparse_switch
	.type	sparse_switch, @function
sparse_switch:
	mov	eax, 4
	cmp	rdi, 99
	je	.L129
	jg	.L131
	mov	eax, 2
	cmp	rdi, -7
	je	.L129
	mov	eax, 3
	test	rdi, rdi
	je	.L129
	xor	eax, eax
	cmp	rdi, -1000000
	sete	al
	ret
.L131:
	mov	eax, 5
	cmp	rdi, 4096
	je	.L129
	mov	eax, 1
	mov	edx, 0
	sal	rax, 40
	cmp	rdi, rax
	mov	eax, 6
	cmovne	eax, edx
.L129:
	ret
	.size	sparse_switch, .-sparse_switch
	.section	.rodata
	.align 16
	.type	CSWTCH.33, @object
	.size	CSWTCH.33, 18
CSWTCH.33:
	.byte	3
	.byte	1
	.byte	4
	.byte	1
	.byte	5
	.byte	9
	.byte	2
	.byte	6
	.byte	5
	.byte	3
	.byte	5
	.byte	8
	.byte	9
	.byte	7
	.byte	9
	.byte	3
	.byte	2
	.byte	3
	.align 16
	.type	CSWTCH.31, @object
	.size	CSWTCH.31, 25
CSWTCH.31:
	.byte	0
	.byte	-1
	.byte	-1
	.byte	-1
	.byte	1
	.byte	-1
	.byte	-1
	.byte	-1
	.byte	2
	.byte	-1
	.byte	-1
	.byte	-1
	.byte	-1
	.byte	-1
	.byte	3
	.byte	-1
	.byte	-1
	.byte	-1
	.byte	-1
	.byte	-1
	.byte	4
	.byte	-1
	.byte	-1
	.byte	-1
	.byte	5
	.type	CSWTCH.28, @object
	.size	CSWTCH.28, 5
CSWTCH.28:
	.byte	1
	.byte	2
	.byte	3
	.byte	4
	.byte	4
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
	.type	CSWTCH.20, @object
	.size	CSWTCH.20, 7
CSWTCH.20:
	.byte	1
	.byte	2
	.byte	4
	.byte	8
	.byte	16
	.byte	32
	.byte	64
	.align 32
	.type	CSWTCH.16, @object
	.size	CSWTCH.16, 44
CSWTCH.16:
	.value	100
	.value	500
	.value	0
	.value	0
	.value	0
	.value	0
	.value	1
	.value	0
	.value	0
	.value	50
	.value	1000
	.value	0
	.value	0
	.value	0
	.value	0
	.value	0
	.value	0
	.value	0
	.value	0
	.value	5
	.value	0
	.value	10
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
	.align 8
	.type	CSWTCH.10, @object
	.size	CSWTCH.10, 10
CSWTCH.10:
	.byte	1
	.byte	3
	.byte	3
	.byte	7
	.byte	12
	.byte	2
	.byte	9
	.byte	4
	.byte	4
	.byte	20
	.ident	"GCC: (Debian 12.2.0-14+deb12u1) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
