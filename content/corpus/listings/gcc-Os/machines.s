	.file	"machines.c"
	.intel_syntax noprefix
	.text
	.globl	count_numbers
	.type	count_numbers, @function
count_numbers:
	xor	ecx, ecx
	xor	edx, edx
	xor	esi, esi
.L2:
	mov	al, BYTE PTR [rdi]
	test	al, al
	je	.L19
	sub	eax, 48
	cmp	al, 9
	ja	.L17
	test	dl, 1
	jne	.L3
	inc	ecx
	mov	edx, 1
	jmp	.L4
.L3:
	cmp	al, 9
	jbe	.L4
.L17:
	test	dl, 1
	cmovne	edx, esi
.L4:
	inc	rdi
	jmp	.L2
.L19:
	mov	eax, ecx
	ret
	.size	count_numbers, .-count_numbers
	.globl	balanced_parens
	.type	balanced_parens, @function
balanced_parens:
	xor	eax, eax
.L21:
	mov	dl, BYTE PTR [rdi]
	test	dl, dl
	je	.L27
	cmp	dl, 40
	jne	.L22
	inc	eax
	jmp	.L23
.L22:
	cmp	dl, 41
	jne	.L23
	sub	eax, 1
	jb	.L26
.L23:
	inc	rdi
	jmp	.L21
.L27:
	test	eax, eax
	sete	al
	movzx	eax, al
	ret
.L26:
	xor	eax, eax
	ret
	.size	balanced_parens, .-balanced_parens
	.globl	matches_ab
	.type	matches_ab, @function
matches_ab:
	xor	edx, edx
.L29:
	mov	al, BYTE PTR [rdi]
	test	al, al
	je	.L28
	cmp	edx, 1
	je	.L30
	cmp	al, 97
	je	.L31
	cmp	al, 98
	jne	.L28
	mov	al, BYTE PTR 1[rdi]
	inc	rdi
	test	al, al
	je	.L34
.L30:
	cmp	al, 98
	jne	.L35
	mov	edx, 1
.L31:
	inc	rdi
	jmp	.L29
.L34:
	mov	edx, 1
	jmp	.L28
.L35:
	xor	edx, edx
.L28:
	mov	eax, edx
	ret
	.size	matches_ab, .-matches_ab
	.globl	comment_chars
	.type	comment_chars, @function
comment_chars:
	xor	ecx, ecx
	xor	edx, edx
.L43:
	mov	al, BYTE PTR [rdi]
	test	al, al
	je	.L42
	cmp	edx, 2
	jle	.L46
.L58:
	cmp	edx, 3
	je	.L47
	jmp	.L75
.L49:
	cmp	dl, 47
	jne	.L46
.L45:
	cmp	al, 42
	lea	rdx, 1[rdi]
	je	.L51
	xor	esi, esi
	cmp	al, 47
	mov	al, BYTE PTR [rdx]
	mov	rdi, rdx
	sete	sil
	test	al, al
	je	.L42
	test	esi, esi
	jne	.L45
.L46:
	inc	rdi
	mov	edx, eax
	mov	al, BYTE PTR [rdi]
	test	al, al
	jne	.L49
	jmp	.L42
.L56:
	mov	al, BYTE PTR [rdi]
	inc	ecx
	test	al, al
	je	.L42
.L47:
	cmp	al, 47
	lea	rdi, 1[rdi]
	je	.L55
	cmp	al, 42
	je	.L56
	add	ecx, 2
.L74:
	mov	dl, BYTE PTR [rdi]
	mov	rax, rdi
	jmp	.L73
.L55:
	mov	al, BYTE PTR [rdi]
	test	al, al
	jne	.L46
	jmp	.L42
.L51:
	mov	rax, rdx
	mov	dl, BYTE PTR 1[rdi]
.L73:
	test	dl, dl
	je	.L42
	cmp	dl, 42
	lea	rdi, 1[rax]
	je	.L53
	inc	ecx
	jmp	.L74
.L53:
	mov	al, BYTE PTR 1[rax]
	mov	edx, 3
	test	al, al
	jne	.L58
	jmp	.L42
.L75:
	inc	rdi
	jmp	.L43
.L42:
	mov	eax, ecx
	ret
	.size	comment_chars, .-comment_chars
	.globl	rle_length
	.type	rle_length, @function
rle_length:
	xor	edx, edx
.L77:
	mov	cl, BYTE PTR [rdi]
	test	cl, cl
	je	.L81
	xor	eax, eax
.L78:
	cmp	BYTE PTR [rdi+rax], cl
	mov	rsi, rax
	sete	r9b
	cmp	eax, 9
	setne	r8b
	inc	rax
	test	r9b, r8b
	jne	.L78
	add	rdi, rsi
	add	edx, 2
	jmp	.L77
.L81:
	mov	eax, edx
	ret
	.size	rle_length, .-rle_length
	.globl	traffic_light
	.type	traffic_light, @function
traffic_light:
	mov	eax, edi
	xor	edx, edx
.L83:
	cmp	edx, esi
	jge	.L87
	test	eax, eax
	je	.L86
	dec	eax
	sete	al
	movzx	eax, al
	add	eax, eax
	jmp	.L84
.L86:
	mov	eax, 1
.L84:
	inc	edx
	jmp	.L83
.L87:
	ret
	.size	traffic_light, .-traffic_light
	.globl	vending
	.type	vending, @function
vending:
	xor	eax, eax
	xor	edx, edx
.L89:
	mov	cl, BYTE PTR [rdi]
	test	cl, cl
	je	.L98
	cmp	cl, 113
	je	.L90
	jg	.L91
	cmp	cl, 100
	je	.L92
	cmp	cl, 110
	jne	.L94
	add	edx, 5
	jmp	.L94
.L91:
	cmp	cl, 114
	je	.L97
	jmp	.L94
.L92:
	add	edx, 10
	jmp	.L94
.L90:
	add	edx, 25
.L94:
	cmp	edx, 34
	jle	.L95
	sub	edx, 35
	inc	eax
	jmp	.L95
.L97:
	xor	edx, edx
.L95:
	inc	rdi
	jmp	.L89
.L98:
	imul	eax, eax, 100
	add	eax, edx
	ret
	.size	vending, .-vending
	.globl	parse_signed
	.type	parse_signed, @function
parse_signed:
	xor	esi, esi
	xor	eax, eax
	xor	ecx, ecx
.L100:
	mov	dl, BYTE PTR [rdi]
	test	dl, dl
	je	.L107
	test	ecx, ecx
	jne	.L101
	cmp	dl, 32
	je	.L102
	cmp	dl, 45
	je	.L108
	cmp	dl, 43
	je	.L109
.L101:
	sub	edx, 48
	cmp	dl, 9
	jbe	.L103
.L107:
	test	esi, esi
	jne	.L104
	ret
.L103:
	imul	rax, rax, 10
	movsx	rdx, dl
	add	rax, rdx
	jmp	.L109
.L108:
	mov	esi, 1
.L109:
	mov	ecx, 1
.L102:
	inc	rdi
	jmp	.L100
.L104:
	neg	rax
	ret
	.size	parse_signed, .-parse_signed
	.globl	csv_fields
	.type	csv_fields, @function
csv_fields:
	xor	ecx, ecx
	mov	eax, 1
.L114:
	mov	dl, BYTE PTR [rdi]
	test	dl, dl
	je	.L118
	cmp	dl, 34
	jne	.L115
	xor	ecx, 1
	jmp	.L116
.L115:
	cmp	dl, 44
	jne	.L116
	cmp	ecx, 1
	adc	eax, 0
.L116:
	inc	rdi
	jmp	.L114
.L118:
	ret
	.size	csv_fields, .-csv_fields
	.globl	utf8_count
	.type	utf8_count, @function
utf8_count:
	xor	edx, edx
.L120:
	mov	al, BYTE PTR [rdi]
	test	al, al
	je	.L126
	and	eax, -64
	cmp	al, -128
	je	.L121
	inc	edx
.L121:
	inc	rdi
	jmp	.L120
.L126:
	mov	eax, edx
	ret
	.size	utf8_count, .-utf8_count
	.globl	collatz_steps
	.type	collatz_steps, @function
collatz_steps:
	xor	eax, eax
.L128:
	cmp	rdi, 1
	jbe	.L127
	cmp	eax, 999
	jg	.L127
	test	dil, 1
	je	.L129
	lea	rdi, [rdi+rdi*2]
	inc	rdi
	jmp	.L130
.L129:
	shr	rdi
.L130:
	inc	eax
	jmp	.L128
.L127:
	ret
	.size	collatz_steps, .-collatz_steps
	.globl	door_lock
	.type	door_lock, @function
door_lock:
	xor	edx, edx
	xor	eax, eax
	lea	rsi, code.0[rip]
.L137:
	mov	cl, BYTE PTR [rdi]
	test	cl, cl
	je	.L141
	movsx	r8, eax
	cmp	BYTE PTR [rsi+r8], cl
	jne	.L138
	inc	eax
	cmp	eax, 4
	jne	.L139
	inc	edx
	xor	eax, eax
	jmp	.L139
.L138:
	xor	eax, eax
	cmp	cl, 52
	sete	al
.L139:
	inc	rdi
	jmp	.L137
.L141:
	mov	eax, edx
	ret
	.size	door_lock, .-door_lock
	.globl	count_lines
	.type	count_lines, @function
count_lines:
	xor	edx, edx
	xor	eax, eax
.L143:
	mov	cl, BYTE PTR [rdi]
	test	cl, cl
	je	.L150
	cmp	cl, 10
	jne	.L144
	inc	eax
.L144:
	inc	rdi
	mov	edx, 1
	jmp	.L143
.L150:
	test	edx, edx
	je	.L146
	xor	edx, edx
	cmp	BYTE PTR -1[rdi], 10
	setne	dl
.L146:
	add	eax, edx
	ret
	.size	count_lines, .-count_lines
	.globl	keypad_walk
	.type	keypad_walk, @function
keypad_walk:
	mov	edx, 1
	mov	eax, 1
.L152:
	mov	cl, BYTE PTR [rdi]
	test	cl, cl
	je	.L169
	cmp	cl, 82
	je	.L153
	jg	.L154
	cmp	cl, 68
	je	.L155
	cmp	cl, 76
	jne	.L157
	cmp	edx, 1
	adc	edx, -1
	jmp	.L157
.L154:
	cmp	cl, 85
	jne	.L157
	cmp	eax, 1
	adc	eax, -1
	jmp	.L157
.L155:
	cmp	eax, 2
	je	.L157
	inc	eax
	jmp	.L157
.L153:
	cmp	edx, 2
	je	.L157
	inc	edx
.L157:
	inc	rdi
	jmp	.L152
.L169:
	lea	eax, [rax+rax*2]
	lea	eax, 1[rdx+rax]
	ret
	.size	keypad_walk, .-keypad_walk
	.globl	base64_value
	.type	base64_value, @function
base64_value:
	lea	eax, -65[rdi]
	cmp	eax, 25
	jbe	.L170
	lea	eax, -97[rdi]
	cmp	eax, 25
	ja	.L173
	lea	eax, -71[rdi]
	ret
.L173:
	lea	eax, -48[rdi]
	cmp	eax, 9
	ja	.L174
	lea	eax, 4[rdi]
	ret
.L174:
	mov	eax, 62
	cmp	edi, 43
	je	.L170
	cmp	edi, 47
	mov	eax, -1
	mov	edx, 63
	cmove	eax, edx
.L170:
	ret
	.size	base64_value, .-base64_value
	.section	.rodata
	.type	code.0, @object
	.size	code.0, 5
code.0:
	.string	"4711"
	.ident	"GCC: (Debian 12.2.0-14+deb12u1) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
