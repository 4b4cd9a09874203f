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
	movzx	eax, BYTE PTR [rdi]
	xor	edx, edx
	test	al, al
	je	.L67
	.p2align 4,,10
	.p2align 3
.L68:
	movzx	ecx, BYTE PTR 1[rdi]
	cmp	al, cl
	jne	.L70
	movzx	ecx, BYTE PTR 2[rdi]
	cmp	al, cl
	jne	.L84
	movzx	ecx, BYTE PTR 3[rdi]
	cmp	al, cl
	jne	.L85
	movzx	ecx, BYTE PTR 4[rdi]
	cmp	al, cl
	jne	.L86
	movzx	ecx, BYTE PTR 5[rdi]
	cmp	al, cl
	jne	.L87
	movzx	ecx, BYTE PTR 6[rdi]
	cmp	al, cl
	jne	.L88
	movzx	ecx, BYTE PTR 7[rdi]
	cmp	al, cl
	jne	.L89
	movzx	ecx, BYTE PTR 8[rdi]
	cmp	al, cl
	jne	.L90
	movzx	eax, BYTE PTR 9[rdi]
	add	rdi, 9
.L72:
	add	edx, 2
	test	al, al
	jne	.L68
.L67:
	mov	eax, edx
	ret
.L70:
	add	rdi, 1
	mov	eax, ecx
	jmp	.L72
.L84:
	add	rdi, 2
	mov	eax, ecx
	jmp	.L72
.L85:
	add	rdi, 3
	mov	eax, ecx
	jmp	.L72
.L86:
	add	rdi, 4
	mov	eax, ecx
	jmp	.L72
.L87:
	add	rdi, 5
	mov	eax, ecx
	jmp	.L72
.L88:
	add	rdi, 6
	mov	eax, ecx
	jmp	.L72
.L89:
	add	rdi, 7
	mov	eax, ecx
	jmp	.L72
.L90:
	add	rdi, 8
	mov	eax, ecx
	jmp	.L72
	.size	rle_length, .-rle_length
	.p2align 4
	.globl	traffic_light
	.type	traffic_light, @function
traffic_light:
	mov	eax, edi
	test	esi, esi
	jle	.L92
	xor	edx, edx
	jmp	.L94
	.p2align 4,,10
	.p2align 3
.L97:
	cmp	eax, 1
	sete	al
	add	edx, 1
	movzx	eax, al
	add	eax, eax
	cmp	esi, edx
	je	.L92
.L94:
	test	eax, eax
	jne	.L97
	add	edx, 1
	mov	eax, 1
	cmp	esi, edx
	jne	.L94
.L92:
	ret
	.size	traffic_light, .-traffic_light
	.p2align 4
	.globl	vending
	.type	vending, @function
vending:
	movzx	edx, BYTE PTR [rdi]
	xor	eax, eax
	test	dl, dl
	je	.L107
	xor	ecx, ecx
	jmp	.L106
	.p2align 4,,10
	.p2align 3
.L111:
	cmp	dl, 110
	jne	.L104
	add	ecx, 5
.L104:
	cmp	ecx, 34
	jle	.L105
	sub	ecx, 35
	add	eax, 1
.L105:
	movzx	edx, BYTE PTR 1[rdi]
	add	rdi, 1
	test	dl, dl
	je	.L110
.L106:
	cmp	dl, 113
	je	.L100
	jg	.L101
	cmp	dl, 100
	jne	.L111
	add	ecx, 10
	jmp	.L104
	.p2align 4,,10
	.p2align 3
.L101:
	cmp	dl, 114
	jne	.L104
	movzx	edx, BYTE PTR 1[rdi]
	add	rdi, 1
	xor	ecx, ecx
	test	dl, dl
	jne	.L106
.L110:
	imul	eax, eax, 100
	add	eax, ecx
	ret
	.p2align 4,,10
	.p2align 3
.L100:
	add	ecx, 25
	jmp	.L104
	.p2align 4,,10
	.p2align 3
.L107:
	ret
	.size	vending, .-vending
	.p2align 4
	.globl	parse_signed
	.type	parse_signed, @function
parse_signed:
	movzx	eax, BYTE PTR [rdi]
	test	al, al
	je	.L118
	xor	esi, esi
	xor	edx, edx
	xor	ecx, ecx
	jmp	.L117
	.p2align 4,,10
	.p2align 3
.L127:
	cmp	al, 43
	je	.L120
.L114:
	sub	eax, 48
	cmp	al, 9
	ja	.L116
	lea	rdx, [rdx+rdx*4]
	movsx	rax, al
	mov	ecx, 1
	lea	rdx, [rax+rdx*2]
.L115:
	movzx	eax, BYTE PTR 1[rdi]
	add	rdi, 1
	test	al, al
	je	.L116
.L117:
	test	ecx, ecx
	jne	.L114
	cmp	al, 32
	je	.L115
	cmp	al, 45
	jne	.L127
	movzx	eax, BYTE PTR 1[rdi]
	add	rdi, 1
	mov	esi, 1
	mov	ecx, 1
	test	al, al
	jne	.L117
	.p2align 4,,10
	.p2align 3
.L116:
	mov	rax, rdx
	neg	rax
	test	esi, esi
	cmovne	rdx, rax
.L112:
	mov	rax, rdx
	ret
	.p2align 4,,10
	.p2align 3
.L120:
	mov	ecx, 1
	jmp	.L115
.L118:
	xor	edx, edx
	jmp	.L112
	.size	parse_signed, .-parse_signed
	.p2align 4
	.globl	csv_fields
	.type	csv_fields, @function
csv_fields:
	movzx	edx, BYTE PTR [rdi]
	test	dl, dl
	je	.L133
	xor	ecx, ecx
	mov	eax, 1
	jmp	.L132
	.p2align 4,,10
	.p2align 3
.L130:
	cmp	ecx, 1
	mov	esi, eax
	adc	eax, 0
	cmp	dl, 44
	cmovne	eax, esi
	movzx	edx, BYTE PTR 1[rdi]
	add	rdi, 1
	test	dl, dl
	je	.L135
.L132:
	cmp	dl, 34
	jne	.L130
	movzx	edx, BYTE PTR 1[rdi]
	add	rdi, 1
	xor	ecx, 1
	test	dl, dl
	jne	.L132
.L135:
	ret
	.p2align 4,,10
	.p2align 3
.L133:
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
	je	.L136
	.p2align 4,,10
	.p2align 3
.L139:
	and	eax, -64
	cmp	al, -128
	setne	al
	add	rdi, 1
	movzx	eax, al
	add	edx, eax
	movzx	eax, BYTE PTR [rdi]
	test	al, al
	jne	.L139
.L136:
	mov	eax, edx
	ret
	.size	utf8_count, .-utf8_count
	.p2align 4
	.globl	collatz_steps
	.type	collatz_steps, @function
collatz_steps:
	xor	eax, eax
	cmp	rdi, 1
	ja	.L148
	jmp	.L144
	.p2align 4,,10
	.p2align 3
.L156:
	lea	rdi, 1[rdi+rdi*2]
	add	eax, 1
	cmp	rdi, 1
	jbe	.L144
.L157:
	cmp	eax, 999
	jg	.L155
.L148:
	test	dil, 1
	jne	.L156
	shr	rdi
	add	eax, 1
	cmp	rdi, 1
	ja	.L157
.L144:
	ret
	.p2align 4,,10
	.p2align 3
.L155:
	ret
	.size	collatz_steps, .-collatz_steps
	.p2align 4
	.globl	door_lock
	.type	door_lock, @function
door_lock:
	movzx	eax, BYTE PTR [rdi]
	test	al, al
	je	.L163
	mov	ecx, 52
	xor	r8d, r8d
	xor	edx, edx
	lea	rsi, code.0[rip]
	jmp	.L162
	.p2align 4,,10
	.p2align 3
.L160:
	xor	edx, edx
	cmp	al, 52
	sete	dl
.L161:
	movzx	eax, BYTE PTR 1[rdi]
	add	rdi, 1
	test	al, al
	je	.L158
.L167:
	movsx	rcx, edx
	movzx	ecx, BYTE PTR [rsi+rcx]
.L162:
	cmp	cl, al
	jne	.L160
	add	edx, 1
	cmp	edx, 4
	jne	.L161
	movzx	eax, BYTE PTR 1[rdi]
	add	rdi, 1
	add	r8d, 1
	xor	edx, edx
	test	al, al
	jne	.L167
.L158:
	mov	eax, r8d
	ret
	.p2align 4,,10
	.p2align 3
.L163:
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
	je	.L172
	xor	edx, edx
	.p2align 4,,10
	.p2align 3
.L171:
	cmp	al, 10
	sete	al
	add	rdi, 1
	movzx	eax, al
	add	edx, eax
	movzx	eax, BYTE PTR [rdi]
	test	al, al
	jne	.L171
	xor	eax, eax
	cmp	BYTE PTR -1[rdi], 10
	setne	al
	add	eax, edx
	ret
	.p2align 4,,10
	.p2align 3
.L172:
	xor	eax, eax
	ret
	.size	count_lines, .-count_lines
	.p2align 4
	.globl	keypad_walk
	.type	keypad_walk, @function
keypad_walk:
	movzx	eax, BYTE PTR [rdi]
	test	al, al
	je	.L182
	mov	esi, 1
	mov	edx, 1
	jmp	.L181
	.p2align 4,,10
	.p2align 3
.L193:
	cmp	al, 76
	jne	.L180
	cmp	esi, 1
	adc	esi, -1
	.p2align 4,,10
	.p2align 3
.L180:
	movzx	eax, BYTE PTR 1[rdi]
	add	rdi, 1
	test	al, al
	je	.L192
.L181:
	cmp	al, 82
	je	.L176
	jg	.L177
	cmp	al, 68
	jne	.L193
	xor	eax, eax
	cmp	edx, 2
	setne	al
	add	rdi, 1
	add	edx, eax
	movzx	eax, BYTE PTR [rdi]
	test	al, al
	jne	.L181
.L192:
	lea	eax, [rdx+rdx*2]
	lea	eax, 1[rsi+rax]
	ret
	.p2align 4,,10
	.p2align 3
.L177:
	cmp	edx, 1
	mov	ecx, edx
	adc	edx, -1
	cmp	al, 85
	cmovne	edx, ecx
	jmp	.L180
	.p2align 4,,10
	.p2align 3
.L176:
	xor	eax, eax
	cmp	esi, 2
	setne	al
	add	esi, eax
	jmp	.L180
	.p2align 4,,10
	.p2align 3
.L182:
	mov	eax, 5
	ret
	.size	keypad_walk, .-keypad_walk
	.p2align 4
	.globl	base64_value
	.type	base64_value, @function
base64_value:
	lea	eax, -65[rdi]
	cmp	eax, 25
	jbe	.L194
	lea	eax, -97[rdi]
	cmp	eax, 25
	jbe	.L202
	lea	eax, -48[rdi]
	cmp	eax, 9
	jbe	.L203
	mov	eax, 62
	cmp	edi, 43
	je	.L194
	cmp	edi, 47
	mov	eax, -1
	mov	edx, 63
	cmove	eax, edx
.L194:
	ret
	.p2align 4,,10
	.p2align 3
.L202:
	lea	eax, -71[rdi]
	ret
	.p2align 4,,10
	.p2align 3
.L203:
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
