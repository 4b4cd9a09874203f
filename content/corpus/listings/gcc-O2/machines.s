	.file	"machines.c"
	.intel_syntax noprefix
	.text
	.p2align 4
	.globl	count_numbers
	.type	count_numbers, @function
count_numbers:
	movzx	eax, BYTE PTR [rdi]
	xor	ecx, ecx
	test	al, al
	je	.L1
	xor	edx, edx
	xor	esi, esi
	jmp	.L5
	.p2align 4,,10
	.p2align 3
.L21:
	add	ecx, 1
	mov	edx, 1
.L4:
	movzx	eax, BYTE PTR 1[rdi]
	add	rdi, 1
	test	al, al
	je	.L1
.L5:
	sub	eax, 48
	cmp	al, 9
	ja	.L19
	test	dl, 1
	je	.L21
	cmp	al, 9
	jbe	.L4
.L19:
	test	dl, 1
	cmovne	edx, esi
	movzx	eax, BYTE PTR 1[rdi]
	add	rdi, 1
	test	al, al
	jne	.L5
.L1:
	mov	eax, ecx
	ret
	.size	count_numbers, .-count_numbers
	.p2align 4
	.globl	balanced_parens
	.type	balanced_parens, @function
balanced_parens:
	movzx	eax, BYTE PTR [rdi]
	test	al, al
	je	.L28
	xor	edx, edx
	jmp	.L27
	.p2align 4,,10
	.p2align 3
.L24:
	cmp	al, 41
	je	.L31
.L25:
	movzx	eax, BYTE PTR 1[rdi]
	add	rdi, 1
	test	al, al
	je	.L32
.L27:
	cmp	al, 40
	jne	.L24
	movzx	eax, BYTE PTR 1[rdi]
	add	rdi, 1
	add	edx, 1
	test	al, al
	jne	.L27
.L32:
	xor	eax, eax
	test	edx, edx
	sete	al
	ret
	.p2align 4,,10
	.p2align 3
.L31:
	sub	edx, 1
	jnb	.L25
	xor	eax, eax
	ret
.L28:
	mov	eax, 1
	ret
	.size	balanced_parens, .-balanced_parens
	.p2align 4
	.globl	matches_ab
	.type	matches_ab, @function
matches_ab:
	movzx	eax, BYTE PTR [rdi]
	xor	edx, edx
	test	al, al
	je	.L33
	.p2align 4,,10
	.p2align 3
.L37:
	cmp	edx, 1
	je	.L35
	cmp	al, 97
	je	.L36
	cmp	al, 98
	jne	.L33
	movzx	eax, BYTE PTR 1[rdi]
	add	rdi, 1
	test	al, al
	je	.L39
.L35:
	cmp	al, 98
	jne	.L40
	mov	edx, 1
.L36:
	movzx	eax, BYTE PTR 1[rdi]
	add	rdi, 1
	test	al, al
	jne	.L37
.L33:
	mov	eax, edx
	ret
	.p2align 4,,10
	.p2align 3
.L40:
	xor	edx, edx
	mov	eax, edx
	ret
.L39:
	mov	edx, 1
	mov	eax, edx
	ret
	.size	matches_ab, .-matches_ab
	.p2align 4
	.globl	comment_chars
	.type	comment_chars, @function
comment_chars:
	movzx	edx, BYTE PTR [rdi]
	xor	ecx, ecx
	test	dl, dl
	je	.L48
	xor	eax, eax
	jmp	.L57
	.p2align 4,,10
	.p2align 3
.L66:
	test	eax, eax
	je	.L65
	mov	eax, 2
	cmp	dl, 42
	je	.L55
.L65:
	xor	eax, eax
	cmp	dl, 47
	sete	al
.L55:
	movzx	edx, BYTE PTR 1[rdi]
	add	rdi, 1
	test	dl, dl
	je	.L48
.L57:
	cmp	eax, 2
	je	.L50
	jle	.L66
	cmp	eax, 3
	jne	.L55
	cmp	dl, 47
	je	.L61
	cmp	dl, 42
	je	.L56
	movzx	edx, BYTE PTR 1[rdi]
	add	rdi, 1
	add	ecx, 2
	mov	eax, 2
	test	dl, dl
	jne	.L57
.L48:
	mov	eax, ecx
	ret
	.p2align 4,,10
	.p2align 3
.L50:
	cmp	dl, 42
	je	.L60
.L56:
	add	ecx, 1
	jmp	.L55
	.p2align 4,,10
	.p2align 3
.L61:
	xor	eax, eax
	jmp	.L55
	.p2align 4,,10
	.p2align 3
.L60:
	mov	eax, 3
	jmp	.L55
	.size	comment_chars, .-comment_chars
	.p2align 4
	.globl	rle_length
	.type	rle_length, @function
rle_length:
	movzx	ecx, BYTE PTR [rdi]
	xor	esi, esi
	test	cl, cl
	je	.L67
	.p2align 4,,10
	.p2align 3
.L68:
	xor	eax, eax
	.p2align 4,,10
	.p2align 3
.L70:
	movzx	edx, BYTE PTR 1[rdi]
	add	rdi, 1
	add	eax, 1
	cmp	dl, cl
	jne	.L73
	cmp	eax, 9
	jne	.L70
.L73:
	add	esi, 2
	test	dl, dl
	je	.L67
	mov	ecx, edx
	jmp	.L68
	.p2align 4,,10
	.p2align 3
.L67:
	mov	eax, esi
	ret
	.size	rle_length, .-rle_length
	.p2align 4
	.globl	traffic_light
	.type	traffic_light, @function
traffic_light:
	mov	eax, edi
	test	esi, esi
	jle	.L83
	xor	edx, edx
	jmp	.L85
	.p2align 4,,10
	.p2align 3
.L88:
	cmp	eax, 1
	sete	al
	add	edx, 1
	movzx	eax, al
	add	eax, eax
	cmp	esi, edx
	je	.L83
.L85:
	test	eax, eax
	jne	.L88
	add	edx, 1
	mov	eax, 1
	cmp	esi, edx
	jne	.L85
.L83:
	ret
	.size	traffic_light, .-traffic_light
	.p2align 4
	.globl	vending
	.type	vending, @function
vending:
	movzx	edx, BYTE PTR [rdi]
	xor	eax, eax
	test	dl, dl
	je	.L98
	xor	ecx, ecx
	jmp	.L97
	.p2align 4,,10
	.p2align 3
.L102:
	cmp	dl, 110
	jne	.L95
	add	ecx, 5
.L95:
	cmp	ecx, 34
	jle	.L96
	sub	ecx, 35
	add	eax, 1
.L96:
	movzx	edx, BYTE PTR 1[rdi]
	add	rdi, 1
	test	dl, dl
	je	.L101
.L97:
	cmp	dl, 113
	je	.L91
	jg	.L92
	cmp	dl, 100
	jne	.L102
	add	ecx, 10
	jmp	.L95
	.p2align 4,,10
	.p2align 3
.L92:
	cmp	dl, 114
	jne	.L95
	movzx	edx, BYTE PTR 1[rdi]
	add	rdi, 1
	xor	ecx, ecx
	test	dl, dl
	jne	.L97
.L101:
	imul	eax, eax, 100
	add	eax, ecx
	ret
	.p2align 4,,10
	.p2align 3
.L91:
	add	ecx, 25
	jmp	.L95
	.p2align 4,,10
	.p2align 3
.L98:
	ret
	.size	vending, .-vending
	.p2align 4
	.globl	parse_signed
	.type	parse_signed, @function
parse_signed:
	movzx	eax, BYTE PTR [rdi]
	test	al, al
	je	.L109
	xor	esi, esi
	xor	edx, edx
	xor	ecx, ecx
	jmp	.L108
	.p2align 4,,10
	.p2align 3
.L118:
	cmp	al, 43
	je	.L111
.L105:
	sub	eax, 48
	cmp	al, 9
	ja	.L107
	lea	rdx, [rdx+rdx*4]
	movsx	rax, al
	mov	ecx, 1
	lea	rdx, [rax+rdx*2]
.L106:
	movzx	eax, BYTE PTR 1[rdi]
	add	rdi, 1
	test	al, al
	je	.L107
.L108:
	test	ecx, ecx
	jne	.L105
	cmp	al, 32
	je	.L106
	cmp	al, 45
	jne	.L118
	movzx	eax, BYTE PTR 1[rdi]
	add	rdi, 1
	mov	esi, 1
	mov	ecx, 1
	test	al, al
	jne	.L108
	.p2align 4,,10
	.p2align 3
.L107:
	mov	rax, rdx
	neg	rax
	test	esi, esi
	cmovne	rdx, rax
.L103:
	mov	rax, rdx
	ret
	.p2align 4,,10
	.p2align 3
.L111:
	mov	ecx, 1
	jmp	.L106
.L109:
	xor	edx, edx
	jmp	.L103
	.size	parse_signed, .-parse_signed
	.p2align 4
	.globl	csv_fields
	.type	csv_fields, @function
csv_fields:
	movzx	edx, BYTE PTR [rdi]
	test	dl, dl
	je	.L124
	xor	ecx, ecx
	mov	eax, 1
	jmp	.L123
	.p2align 4,,10
	.p2align 3
.L121:
	cmp	ecx, 1
	mov	esi, eax
	adc	eax, 0
	cmp	dl, 44
	cmovne	eax, esi
	movzx	edx, BYTE PTR 1[rdi]
	add	rdi, 1
	test	dl, dl
	je	.L126
.L123:
	cmp	dl, 34
	jne	.L121
	movzx	edx, BYTE PTR 1[rdi]
	add	rdi, 1
	xor	ecx, 1
	test	dl, dl
	jne	.L123
.L126:
	ret
	.p2align 4,,10
	.p2align 3
.L124:
	mov	eax, 1
	ret
	.size	csv_fields, .-csv_fields
	.p2align 4
	.globl	utf8_count
	.type	utf8_count, @function
utf8_count:
	movzx	eax, BYTE PTR [rdi]
	xor	edx, edx
	test	al, al
	je	.L127
	.p2align 4,,10
	.p2align 3
.L130:
	and	eax, -64
	cmp	al, -128
	setne	al
	add	rdi, 1
	movzx	eax, al
	add	edx, eax
	movzx	eax, BYTE PTR [rdi]
	test	al, al
	jne	.L130
.L127:
	mov	eax, edx
	ret
	.size	utf8_count, .-utf8_count
	.p2align 4
	.globl	collatz_steps
	.type	collatz_steps, @function
collatz_steps:
	xor	eax, eax
	cmp	rdi, 1
	ja	.L139
	jmp	.L135
	.p2align 4,,10
	.p2align 3
.L147:
	lea	rdi, 1[rdi+rdi*2]
	add	eax, 1
	cmp	rdi, 1
	jbe	.L135
.L148:
	cmp	eax, 999
	jg	.L146
.L139:
	test	dil, 1
	jne	.L147
	shr	rdi
	add	eax, 1
	cmp	rdi, 1
	ja	.L148
.L135:
	ret
	.p2align 4,,10
	.p2align 3
.L146:
	ret
	.size	collatz_steps, .-collatz_steps
	.p2align 4
	.globl	door_lock
	.type	door_lock, @function
door_lock:
	movzx	eax, BYTE PTR [rdi]
	test	al, al
	je	.L154
	mov	ecx, 52
	xor	r8d, r8d
	xor	edx, edx
	lea	rsi, code.0[rip]
	jmp	.L153
	.p2align 4,,10
	.p2align 3
.L151:
	xor	edx, edx
	cmp	al, 52
	sete	dl
.L152:
	movzx	eax, BYTE PTR 1[rdi]
	add	rdi, 1
	test	al, al
	je	.L149
.L158:
	movsx	rcx, edx
	movzx	ecx, BYTE PTR [rsi+rcx]
.L153:
	cmp	cl, al
	jne	.L151
	add	edx, 1
	cmp	edx, 4
	jne	.L152
	movzx	eax, BYTE PTR 1[rdi]
	add	rdi, 1
	add	r8d, 1
	xor	edx, edx
	test	al, al
	jne	.L158
.L149:
	mov	eax, r8d
	ret
	.p2align 4,,10
	.p2align 3
.L154:
	xor	r8d, r8d
	mov	eax, r8d
	ret
	.size	door_lock, .-door_lock
	.p2align 4
	.globl	count_lines
	.type	count_lines, @function
count_lines:
	movzx	eax, BYTE PTR [rdi]
	test	al, al
	je	.L163
	xor	edx, edx
	.p2align 4,,10
	.p2align 3
.L162:
	cmp	al, 10
	sete	al
	add	rdi, 1
	movzx	eax, al
	add	edx, eax
	movzx	eax, BYTE PTR [rdi]
	test	al, al
	jne	.L162
	xor	eax, eax
	cmp	BYTE PTR -1[rdi], 10
	setne	al
	add	eax, edx
	ret
	.p2align 4,,10
	.p2align 3
.L163:
	xor	eax, eax
	ret
	.size	count_lines, .-count_lines
	.p2align 4
	.globl	keypad_walk
	.type	keypad_walk, @function
keypad_walk:
	movzx	eax, BYTE PTR [rdi]
	test	al, al
	je	.L173
	mov	esi, 1
	mov	edx, 1
	jmp	.L172
	.p2align 4,,10
	.p2align 3
.L184:
	cmp	al, 76
	jne	.L171
	cmp	esi, 1
	adc	esi, -1
	.p2align 4,,10
	.p2align 3
.L171:
	movzx	eax, BYTE PTR 1[rdi]
	add	rdi, 1
	test	al, al
	je	.L183
.L172:
	cmp	al, 82
	je	.L167
	jg	.L168
	cmp	al, 68
	jne	.L184
	xor	eax, eax
	cmp	edx, 2
	setne	al
	add	rdi, 1
	add	edx, eax
	movzx	eax, BYTE PTR [rdi]
	test	al, al
	jne	.L172
.L183:
	lea	eax, [rdx+rdx*2]
	lea	eax, 1[rsi+rax]
	ret
	.p2align 4,,10
	.p2align 3
.L168:
	cmp	edx, 1
	mov	ecx, edx
	adc	edx, -1
	cmp	al, 85
	cmovne	edx, ecx
	jmp	.L171
	.p2align 4,,10
	.p2align 3
.L167:
	xor	eax, eax
	cmp	esi, 2
	setne	al
	add	esi, eax
	jmp	.L171
	.p2align 4,,10
	.p2align 3
.L173:
	mov	eax, 5
	ret
	.size	keypad_walk, .-keypad_walk
	.p2align 4
	.globl	base64_value
	.type	base64_value, @function
base64_value:
	lea	eax, -65[rdi]
	cmp	eax, 25
	jbe	.L185
	lea	eax, -97[rdi]
	cmp	eax, 25
	jbe	.L193
	lea	eax, -48[rdi]
	cmp	eax, 9
	jbe	.L194
	mov	eax, 62
	cmp	edi, 43
	je	.L185
	cmp	edi, 47
	mov	eax, -1
	mov	edx, 63
	cmove	eax, edx
.L185:
	ret
	.p2align 4,,10
	.p2align 3
.L193:
	lea	eax, -71[rdi]
	ret
	.p2align 4,,10
	.p2align 3
.L194:
	lea	eax, 4[rdi]
	ret
	.size	base64_value, .-base64_value
	.section	.rodata
	.type	code.0, @object
	.size	code.0, 5
code.0:
	.string	"4711"
	.ident	"GCC: (Debian 12.2.0-14+deb12u1) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
