	.file	"switches.c"
	.intel_syntax noprefix
	.text
	.globl	days_in_month
	.type	days_in_month, @function
days_in_month:
	cmp	edi, 12
	ja	.L3
	mov	edx, 1
	mov	ecx, edi
	sal	rdx, cl
	mov	eax, 31
	test	edx, 5546
	je	.L8
.L1:
	ret
.L8:
	mov	eax, 30
	test	edx, 2640
	jne	.L1
	cmp	edi, 2
	jne	.L6
	cmp	esi, 1
	mov	eax, 28
	sbb	eax, -1
	ret
.L3:
	mov	eax, -1
	ret
.L6:
	mov	eax, -1
	jmp	.L1
	.size	days_in_month, .-days_in_month
	.globl	opcode_cost
	.type	opcode_cost, @function
opcode_cost:
	cmp	edi, 9
	ja	.L10
	mov	edi, edi
	lea	rdx, .L12[rip]
	movsx	rax, DWORD PTR [rdx+rdi*4]
	add	rax, rdx
	jmp	rax
	.section	.rodata
	.align 4
	.align 4
.L12:
	.long	.L20-.L12
	.long	.L21-.L12
	.long	.L21-.L12
	.long	.L18-.L12
	.long	.L17-.L12
	.long	.L16-.L12
	.long	.L15-.L12
	.long	.L14-.L12
	.long	.L13-.L12
	.long	.L11-.L12
	.text
.L20:
	mov	eax, 1
	ret
.L18:
	mov	eax, 7
	ret
.L17:
	mov	eax, 12
	ret
.L16:
	mov	eax, 2
	ret
.L15:
	mov	eax, 9
	ret
.L14:
	mov	eax, 4
	ret
.L13:
	mov	eax, 4
	ret
.L11:
	mov	eax, 20
	ret
.L10:
	mov	eax, 0
	ret
.L21:
	mov	eax, 3
	ret
	.size	opcode_cost, .-opcode_cost
	.globl	apply_op
	.type	apply_op, @function
apply_op:
	mov	rcx, rdx
	cmp	edi, 9
	ja	.L35
	mov	edi, edi
	lea	rax, .L25[rip]
	movsx	rdx, DWORD PTR [rax+rdi*4]
	add	rdx, rax
	jmp	rdx
	.section	.rodata
	.align 4
	.align 4
.L25:
	.long	.L34-.L25
	.long	.L33-.L25
	.long	.L32-.L25
	.long	.L31-.L25
	.long	.L30-.L25
	.long	.L29-.L25
	.long	.L28-.L25
	.long	.L27-.L25
	.long	.L26-.L25
	.long	.L24-.L25
	.text
.L34:
	lea	rdi, [rcx+rsi]
.L22:
	mov	rax, rdi
	ret
.L33:
	sub	rsi, rcx
	mov	rdi, rsi
	jmp	.L22
.L32:
	imul	rcx, rsi
	mov	rdi, rcx
	jmp	.L22
.L31:
	mov	rdi, rcx
	test	rcx, rcx
	je	.L22
	mov	rax, rsi
	cqo
	idiv	rcx
	mov	rdi, rax
	jmp	.L22
.L30:
	mov	rdi, rcx
	test	rcx, rcx
	je	.L22
	mov	rax, rsi
	cqo
	idiv	rcx
	mov	rdi, rdx
	jmp	.L22
.L29:
	and	rcx, rsi
	mov	rdi, rcx
	jmp	.L22
.L28:
	or	rcx, rsi
	mov	rdi, rcx
	jmp	.L22
.L27:
	xor	rcx, rsi
	mov	rdi, rcx
	jmp	.L22
.L26:
	sal	rsi, cl
	mov	rdi, rsi
	jmp	.L22
.L24:
	sar	rsi, cl
	mov	rdi, rsi
	jmp	.L22
.L35:
	mov	rdi, -1
	jmp	.L22
	.size	apply_op, .-apply_op
	.globl	char_class
	.type	char_class, @function
char_class:
	mov	ecx, edi
	cmp	edi, 57
	jg	.L39
	cmp	edi, 36
	jg	.L40
	lea	eax, -9[rdi]
	cmp	eax, 23
	ja	.L48
	movabs	rax, 4294977024
	shr	rax, cl
	and	eax, 1
	ret
.L40:
	mov	edx, 1
	sal	rdx, cl
	mov	eax, 2
	movabs	rcx, 287948901175001088
	test	rdx, rcx
	jne	.L38
	mov	eax, 3
	movabs	rcx, 189253438930944
	test	rdx, rcx
	jne	.L38
	movabs	rax, 3298534883328
	test	rdx, rax
	setne	al
	movzx	eax, al
	sal	eax, 2
	ret
.L39:
	sub	ecx, 91
	cmp	ecx, 34
	ja	.L49
	movabs	rax, 21474836485
	shr	rax, cl
	and	eax, 1
	sal	eax, 2
	ret
.L49:
	mov	eax, 0
	ret
.L48:
	mov	eax, 0
.L38:
	ret
	.size	char_class, .-char_class
	.globl	http_status_class
	.type	http_status_class, @function
http_status_class:
	cmp	edi, 401
	je	.L56
	jg	.L52
	mov	eax, 2
	cmp	edi, 304
	je	.L50
	jg	.L53
	cmp	edi, 302
	jg	.L58
	cmp	edi, 300
	jle	.L63
.L50:
	ret
.L63:
	cmp	edi, 201
	jg	.L54
	cmp	edi, 199
	setg	al
	movzx	eax, al
	ret
.L54:
	cmp	edi, 204
	sete	al
	movzx	eax, al
	ret
.L53:
	cmp	edi, 400
	sete	al
	movzx	eax, al
	lea	eax, [rax+rax*2]
	ret
.L52:
	mov	eax, 4
	cmp	edi, 500
	je	.L50
	jle	.L64
	cmp	edi, 503
	sete	al
	movzx	eax, al
	sal	eax, 2
	ret
.L64:
	sub	edi, 403
	cmp	edi, 2
	sbb	eax, eax
	and	eax, 3
	ret
.L56:
	mov	eax, 3
	ret
.L58:
	mov	eax, 0
	jmp	.L50
	.size	http_status_class, .-http_status_class
	.globl	roman_value
	.type	roman_value, @function
roman_value:
	sub	edi, 67
	cmp	edi, 21
	ja	.L66
	mov	edi, edi
	lea	rdx, .L68[rip]
	movsx	rax, DWORD PTR [rdx+rdi*4]
	add	rax, rdx
	jmp	rax
	.section	.rodata
	.align 4
	.align 4
.L68:
	.long	.L74-.L68
	.long	.L73-.L68
	.long	.L66-.L68
	.long	.L66-.L68
	.long	.L66-.L68
	.long	.L66-.L68
	.long	.L72-.L68
	.long	.L66-.L68
	.long	.L66-.L68
	.long	.L71-.L68
	.long	.L70-.L68
	.long	.L66-.L68
	.long	.L66-.L68
	.long	.L66-.L68
	.long	.L66-.L68
	.long	.L66-.L68
	.long	.L66-.L68
	.long	.L66-.L68
	.long	.L66-.L68
	.long	.L75-.L68
	.long	.L66-.L68
	.long	.L67-.L68
	.text
.L72:
	mov	eax, 1
	ret
.L67:
	mov	eax, 10
	ret
.L71:
	mov	eax, 50
	ret
.L74:
	mov	eax, 100
	ret
.L73:
	mov	eax, 500
	ret
.L70:
	mov	eax, 1000
	ret
.L66:
	mov	eax, 0
	ret
.L75:
	mov	eax, 5
	ret
	.size	roman_value, .-roman_value
	.globl	roman_to_int
	.type	roman_to_int, @function
roman_to_int:
	push	r12
	push	rbp
	push	rbx
	mov	rbp, rdi
	movzx	edi, BYTE PTR [rdi]
	test	dil, dil
	je	.L80
	mov	r12d, 0
.L79:
	movsx	edi, dil
	call	roman_value
	mov	ebx, eax
	movsx	edi, BYTE PTR 1[rbp]
	call	roman_value
	mov	edx, eax
	mov	eax, ebx
	neg	eax
	cmp	ebx, edx
	cmovl	ebx, eax
	add	r12d, ebx
	add	rbp, 1
	movzx	edi, BYTE PTR 0[rbp]
	test	dil, dil
	jne	.L79
.L76:
	mov	eax, r12d
	pop	rbx
	pop	rbp
	pop	r12
	ret
.L80:
	mov	r12d, 0
	jmp	.L76
	.size	roman_to_int, .-roman_to_int
	.globl	fallthrough_sum
	.type	fallthrough_sum, @function
fallthrough_sum:
	cmp	edi, 5
	ja	.L91
	mov	eax, edi
	lea	rdx, .L86[rip]
	movsx	rax, DWORD PTR [rdx+rax*4]
	add	rax, rdx
	jmp	rax
	.section	.rodata
	.align 4
	.align 4
.L86:
	.long	.L91-.L86
	.long	.L92-.L86
	.long	.L93-.L86
	.long	.L94-.L86
	.long	.L87-.L86
	.long	.L85-.L86
	.text
.L87:
	mov	edi, 0
.L85:
	lea	eax, 4[rdi]
.L88:
	add	eax, 3
.L89:
	add	eax, 2
.L90:
	add	eax, 1
	ret
.L94:
	mov	eax, 0
	jmp	.L88
.L93:
	mov	eax, 0
	jmp	.L89
.L92:
	mov	eax, 0
	jmp	.L90
.L91:
	mov	eax, -1
	ret
	.size	fallthrough_sum, .-fallthrough_sum
	.globl	weekday_mask
	.type	weekday_mask, @function
weekday_mask:
	cmp	edi, 6
	ja	.L96
	mov	edi, edi
	lea	rdx, .L98[rip]
	movsx	rax, DWORD PTR [rdx+rdi*4]
	add	rax, rdx
	jmp	rax
	.section	.rodata
	.align 4
	.align 4
.L98:
	.long	.L104-.L98
	.long	.L105-.L98
	.long	.L102-.L98
	.long	.L101-.L98
	.long	.L100-.L98
	.long	.L99-.L98
	.long	.L97-.L98
	.text
.L104:
	mov	eax, 1
	ret
.L102:
	mov	eax, 4
	ret
.L101:
	mov	eax, 8
	ret
.L100:
	mov	eax, 16
	ret
.L99:
	mov	eax, 32
	ret
.L97:
	mov	eax, 64
	ret
.L96:
	mov	eax, 0
	ret
.L105:
	mov	eax, 2
	ret
	.size	weekday_mask, .-weekday_mask
	.globl	is_prime_small
	.type	is_prime_small, @function
is_prime_small:
	cmp	edi, 31
	ja	.L108
	mov	eax, 2693408940
	mov	ecx, edi
	shr	rax, cl
	and	eax, 1
	ret
.L108:
	mov	eax, 0
	ret
	.size	is_prime_small, .-is_prime_small
	.globl	hex_digit_value
	.type	hex_digit_value, @function
hex_digit_value:
	sub	edi, 48
	cmp	edi, 54
	ja	.L110
	mov	edi, edi
	lea	rdx, .L112[rip]
	movsx	rax, DWORD PTR [rdx+rdi*4]
	add	rax, rdx
	jmp	rax
	.section	.rodata
	.align 4
	.align 4
.L112:
	.long	.L127-.L112
	.long	.L128-.L112
	.long	.L125-.L112
	.long	.L124-.L112
	.long	.L123-.L112
	.long	.L122-.L112
	.long	.L121-.L112
	.long	.L120-.L112
	.long	.L119-.L112
	.long	.L118-.L112
	.long	.L110-.L112
	.long	.L110-.L112
	.long	.L110-.L112
	.long	.L110-.L112
	.long	.L110-.L112
	.long	.L110-.L112
	.long	.L110-.L112
	.long	.L117-.L112
	.long	.L116-.L112
	.long	.L115-.L112
	.long	.L114-.L112
	.long	.L113-.L112
	.long	.L111-.L112
	.long	.L110-.L112
	.long	.L110-.L112
	.long	.L110-.L112
	.long	.L110-.L112
	.long	.L110-.L112
	.long	.L110-.L112
	.long	.L110-.L112
	.long	.L110-.L112
	.long	.L110-.L112
	.long	.L110-.L112
	.long	.L110-.L112
	.long	.L110-.L112
	.long	.L110-.L112
	.long	.L110-.L112
	.long	.L110-.L112
	.long	.L110-.L112
	.long	.L110-.L112
	.long	.L110-.L112
	.long	.L110-.L112
	.long	.L110-.L112
	.long	.L110-.L112
	.long	.L110-.L112
	.long	.L110-.L112
	.long	.L110-.L112
	.long	.L110-.L112
	.long	.L110-.L112
	.long	.L117-.L112
	.long	.L116-.L112
	.long	.L115-.L112
	.long	.L114-.L112
	.long	.L113-.L112
	.long	.L111-.L112
	.text
.L127:
	mov	eax, 0
	ret
.L125:
	mov	eax, 2
	ret
.L124:
	mov	eax, 3
	ret
.L123:
	mov	eax, 4
	ret
.L122:
	mov	eax, 5
	ret
.L121:
	mov	eax, 6
	ret
.L120:
	mov	eax, 7
	ret
.L119:
	mov	eax, 8
	ret
.L118:
	mov	eax, 9
	ret
.L117:
	mov	eax, 10
	ret
.L116:
	mov	eax, 11
	ret
.L115:
	mov	eax, 12
	ret
.L114:
	mov	eax, 13
	ret
.L113:
	mov	eax, 14
	ret
.L111:
	mov	eax, 15
	ret
.L110:
	mov	eax, -1
	ret
.L128:
	mov	eax, 1
	ret
	.size	hex_digit_value, .-hex_digit_value
	.globl	scale_unit
	.type	scale_unit, @function
scale_unit:
	mov	rax, rsi
	sub	edi, 71
	cmp	edi, 38
	ja	.L130
	mov	edi, edi
	lea	rcx, .L132[rip]
	movsx	rdx, DWORD PTR [rcx+rdi*4]
	add	rdx, rcx
	jmp	rdx
	.section	.rodata
	.align 4
	.align 4
.L132:
	.long	.L136-.L132
	.long	.L130-.L132
	.long	.L130-.L132
	.long	.L130-.L132
	.long	.L135-.L132
	.long	.L130-.L132
	.long	.L134-.L132
	.long	.L130-.L132
	.long	.L130-.L132
	.long	.L130-.L132
	.long	.L130-.L132
	.long	.L130-.L132
	.long	.L130-.L132
	.long	.L130-.L132
	.long	.L130-.L132
	.long	.L130-.L132
	.long	.L130-.L132
	.long	.L130-.L132
	.long	.L130-.L132
	.long	.L130-.L132
	.long	.L130-.L132
	.long	.L130-.L132
	.long	.L130-.L132
	.long	.L130-.L132
	.long	.L130-.L132
	.long	.L130-.L132
	.long	.L130-.L132
	.long	.L130-.L132
	.long	.L130-.L132
	.long	.L130-.L132
	.long	.L130-.L132
	.long	.L130-.L132
	.long	.L130-.L132
	.long	.L130-.L132
	.long	.L130-.L132
	.long	.L130-.L132
	.long	.L133-.L132
	.long	.L130-.L132
	.long	.L131-.L132
	.text
.L133:
	imul	rax, rsi, 1000
	ret
.L134:
	imul	rax, rsi, 1000000
	ret
.L136:
	imul	rax, rsi, 1000000000
	ret
.L135:
	sal	rax, 10
	ret
.L131:
	sal	rax, 20
.L130:
	ret
	.size	scale_unit, .-scale_unit
	.globl	tokens_cost
	.type	tokens_cost, @function
tokens_cost:
	movzx	eax, BYTE PTR [rdi]
	test	al, al
	je	.L147
	mov	edx, 0
	lea	rcx, .L141[rip]
	jmp	.L146
.L144:
	add	edx, 2
.L139:
	add	rdi, 1
	movzx	eax, BYTE PTR [rdi]
	test	al, al
	je	.L137
.L146:
	sub	eax, 34
	cmp	al, 25
	ja	.L139
	movzx	eax, al
	movsx	rax, DWORD PTR [rcx+rax*4]
	add	rax, rcx
	jmp	rax
	.section	.rodata
	.align 4
	.align 4
.L141:
	.long	.L145-.L141
	.long	.L139-.L141
	.long	.L139-.L141
	.long	.L139-.L141
	.long	.L139-.L141
	.long	.L139-.L141
	.long	.L144-.L141
	.long	.L143-.L141
	.long	.L139-.L141
	.long	.L139-.L141
	.long	.L142-.L141
	.long	.L139-.L141
	.long	.L139-.L141
	.long	.L139-.L141
	.long	.L139-.L141
	.long	.L139-.L141
	.long	.L139-.L141
	.long	.L139-.L141
	.long	.L139-.L141
	.long	.L139-.L141
	.long	.L139-.L141
	.long	.L139-.L141
	.long	.L139-.L141
	.long	.L139-.L141
	.long	.L139-.L141
	.long	.L140-.L141
	.text
.L143:
	add	edx, 2
	jmp	.L139
.L142:
	add	edx, 1
	jmp	.L139
.L140:
	add	edx, 5
	jmp	.L139
.L145:
	add	edx, 3
	jmp	.L139
.L147:
	mov	edx, 0
.L137:
	mov	eax, edx
	ret
	.size	tokens_cost, .-tokens_cost
	.globl	month_from_letters
	.type	month_from_letters, @function
month_from_letters:
	sub	edi, 65
	cmp	edi, 18
	ja	.L150
	mov	edi, edi
	lea	rcx, .L152[rip]
	movsx	rax, DWORD PTR [rcx+rdi*4]
	add	rax, rcx
	jmp	rax
	.section	.rodata
	.align 4
	.align 4
.L152:
	.long	.L159-.L152
	.long	.L150-.L152
	.long	.L150-.L152
	.long	.L158-.L152
	.long	.L150-.L152
	.long	.L157-.L152
	.long	.L150-.L152
	.long	.L150-.L152
	.long	.L150-.L152
	.long	.L156-.L152
	.long	.L150-.L152
	.long	.L150-.L152
	.long	.L155-.L152
	.long	.L154-.L152
	.long	.L153-.L152
	.long	.L150-.L152
	.long	.L150-.L152
	.long	.L150-.L152
	.long	.L160-.L152
	.text
.L157:
	mov	eax, 2
	ret
.L156:
	mov	eax, 1
	cmp	esi, 97
	je	.L149
	cmp	edx, 110
	setne	al
	movzx	eax, al
	add	eax, 6
	ret
.L155:
	cmp	edx, 114
	setne	al
	movzx	eax, al
	lea	eax, 3[rax+rax]
	ret
.L159:
	cmp	esi, 112
	setne	al
	movzx	eax, al
	lea	eax, 4[0+rax*4]
	ret
.L153:
	mov	eax, 10
	ret
.L154:
	mov	eax, 11
	ret
.L158:
	mov	eax, 12
	ret
.L150:
	mov	eax, 0
	ret
.L160:
	mov	eax, 9
.L149:
	ret
	.size	month_from_letters, .-month_from_letters
	.globl	grade_points
	.type	grade_points, @function
grade_points:
	movsx	rax, edi
	imul	rax, rax, 1717986919
	sar	rax, 34
	mov	edx, edi
	sar	edx, 31
	sub	eax, edx
	cmp	eax, 8
	je	.L168
	cmp	edi, 89
	jg	.L167
	mov	edx, 1
	cmp	eax, 6
	je	.L165
	cmp	eax, 7
	sete	dl
	movzx	edx, dl
	add	edx, edx
.L165:
	mov	eax, edx
	ret
.L167:
	sub	eax, 9
	cmp	eax, 1
	setbe	dl
	movzx	edx, dl
	sal	edx, 2
	jmp	.L165
.L168:
	mov	edx, 3
	jmp	.L165
	.size	grade_points, .-grade_points
	.globl	shift_by_kind
	.type	shift_by_kind, @function
shift_by_kind:
	and	edi, 7
	cmp	edi, 6
	ja	.L171
	mov	edi, edi
	lea	rdx, .L173[rip]
	movsx	rax, DWORD PTR [rdx+rdi*4]
	add	rax, rdx
	jmp	rax
	.section	.rodata
	.align 4
	.align 4
.L173:
	.long	.L180-.L173
	.long	.L178-.L173
	.long	.L177-.L173
	.long	.L176-.L173
	.long	.L175-.L173
	.long	.L174-.L173
	.long	.L172-.L173
	.text
.L178:
	lea	rax, [rsi+rsi]
	ret
.L177:
	mov	rax, rsi
	shr	rax
	ret
.L176:
	mov	rax, rsi
	sal	rax, 8
	ret
.L175:
	mov	rax, rsi
	shr	rax, 8
	ret
.L174:
	mov	rax, rsi
	not	rax
	ret
.L172:
	mov	rax, rsi
	neg	rax
	ret
.L171:
	lea	rax, [rsi+rsi*2]
	ret
.L180:
	mov	rax, rsi
	ret
	.size	shift_by_kind, .-shift_by_kind
	.globl	vowel_index
	.type	vowel_index, @function
vowel_index:
	sub	edi, 97
	cmp	edi, 24
	ja	.L182
	mov	edi, edi
	lea	rdx, .L184[rip]
	movsx	rax, DWORD PTR [rdx+rdi*4]
	add	rax, rdx
	jmp	rax
	.section	.rodata
	.align 4
	.align 4
.L184:
	.long	.L189-.L184
	.long	.L182-.L184
	.long	.L182-.L184
	.long	.L182-.L184
	.long	.L190-.L184
	.long	.L182-.L184
	.long	.L182-.L184
	.long	.L182-.L184
	.long	.L187-.L184
	.long	.L182-.L184
	.long	.L182-.L184
	.long	.L182-.L184
	.long	.L182-.L184
	.long	.L182-.L184
	.long	.L186-.L184
	.long	.L182-.L184
	.long	.L182-.L184
	.long	.L182-.L184
	.long	.L182-.L184
	.long	.L182-.L184
	.long	.L185-.L184
	.long	.L182-.L184
	.long	.L182-.L184
	.long	.L182-.L184
	.long	.L183-.L184
	.text
.L189:
	mov	eax, 0
	ret
.L187:
	mov	eax, 2
	ret
.L186:
	mov	eax, 3
	ret
.L185:
	mov	eax, 4
	ret
.L183:
	mov	eax, 5
	ret
.L182:
	mov	eax, -1
	ret
.L190:
	mov	eax, 1
	ret
	.size	vowel_index, .-vowel_index
	.globl	big_switch
	.type	big_switch, @function
big_switch:
	lea	eax, -10[rdi]
	cmp	eax, 17
	ja	.L192
	mov	eax, eax
	lea	rdx, .L194[rip]
	movsx	rax, DWORD PTR [rdx+rax*4]
	add	rax, rdx
	jmp	rax
	.section	.rodata
	.align 4
	.align 4
.L194:
	.long	.L193-.L194
	.long	.L208-.L194
	.long	.L207-.L194
	.long	.L208-.L194
	.long	.L205-.L194
	.long	.L204-.L194
	.long	.L203-.L194
	.long	.L202-.L194
	.long	.L201-.L194
	.long	.L193-.L194
	.long	.L200-.L194
	.long	.L199-.L194
	.long	.L198-.L194
	.long	.L197-.L194
	.long	.L196-.L194
	.long	.L193-.L194
	.long	.L195-.L194
	.long	.L193-.L194
	.text
.L193:
	mov	eax, 3
	ret
.L207:
	mov	eax, 4
	ret
.L205:
	mov	eax, 5
	ret
.L204:
	mov	eax, 9
	ret
.L203:
	mov	eax, 2
	ret
.L202:
	mov	eax, 6
	ret
.L201:
	mov	eax, 5
	ret
.L200:
	mov	eax, 5
	ret
.L199:
	mov	eax, 8
	ret
.L198:
	mov	eax, 9
	ret
.L197:
	mov	eax, 7
	ret
.L196:
	mov	eax, 9
	ret
.L195:
	mov	eax, 2
	ret
.L192:
	mov	eax, edi
	ret
.L208:
	mov	eax, 1
	ret
	.size	big_switch, .-big_switch
	.globl	sparse_switch
	.type	sparse_switch, @function
sparse_switch:
	cmp	rdi, 99
	je	.L212
	jg	.L211
	mov	eax, 2
	cmp	rdi, -7
	je	.L209
	mov	eax, 3
	test	rdi, rdi
	jne	.L217
.L209:
	ret
.L217:
	cmp	rdi, -1000000
	sete	al
	movzx	eax, al
	ret
.L211:
	mov	eax, 5
	cmp	rdi, 4096
	je	.L209
	movabs	rax, 1099511627776
	cmp	rdi, rax
	mov	eax, 6
	mov	edx, 0
	cmovne	eax, edx
	ret
.L212:
	mov	eax, 4
	jmp	.L209
	.size	sparse_switch, .-sparse_switch
	.ident	"GCC: (Debian 12.2.0-14+deb12u1) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
