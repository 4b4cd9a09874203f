	.file	"machines.c"
	.intel_syntax noprefix
	.text
	.globl	count_numbers
	.type	count_numbers, @function
count_numbers:
	movzx	eax, BYTE PTR [rdi]
	test	al, al
	je	.L7
	mov	ecx, 0
	mov	edx, 0
	mov	esi, 0
	jmp	.L6
.L10:
	add	ecx, 1
	mov	edx, 1
.L4:
	add	rdi, 1
	movzx	eax, BYTE PTR [rdi]
	test	al, al
	je	.L1
.L6:
	sub	eax, 48
	cmp	al, 9
	ja	.L3
	test	edx, edx
	je	.L10
.L3:
	cmp	edx, 1
	jne	.L4
	cmp	al, 9
	cmova	edx, esi
	jmp	.L4
.L7:
	mov	ecx, 0
.L1:
	mov	eax, ecx
	ret
	.size	count_numbers, .-count_numbers
	.globl	balanced_parens
	.type	balanced_parens, @function
balanced_parens:
	movzx	eax, BYTE PTR [rdi]
	test	al, al
	je	.L17
	mov	edx, 0
	jmp	.L16
.L20:
	add	edx, 1
.L14:
	add	rdi, 1
	movzx	eax, BYTE PTR [rdi]
	test	al, al
	je	.L12
.L16:
	cmp	al, 40
	je	.L20
	cmp	al, 41
	jne	.L14
	sub	edx, 1
	jns	.L14
	mov	eax, 0
	ret
.L17:
	mov	edx, 0
.L12:
	test	edx, edx
	sete	al
	movzx	eax, al
	ret
	.size	balanced_parens, .-balanced_parens
	.globl	matches_ab
	.type	matches_ab, @function
matches_ab:
	movzx	eax, BYTE PTR [rdi]
	test	al, al
	je	.L27
	mov	edx, 0
	mov	ecx, 1
	jmp	.L26
.L31:
	cmp	al, 97
	je	.L24
	cmp	al, 98
	jne	.L21
	mov	edx, ecx
.L24:
	add	rdi, 1
	movzx	eax, BYTE PTR [rdi]
	test	al, al
	je	.L21
.L26:
	test	edx, edx
	je	.L31
	cmp	al, 98
	je	.L24
	mov	edx, 0
.L21:
	mov	eax, edx
	ret
.L27:
	mov	edx, 0
	jmp	.L21
	.size	matches_ab, .-matches_ab
	.globl	comment_chars
	.type	comment_chars, @function
comment_chars:
	movzx	edx, BYTE PTR [rdi]
	test	dl, dl
	je	.L42
	mov	ecx, 0
	mov	eax, 0
	mov	esi, 2
	jmp	.L41
.L35:
	cmp	eax, 3
	jne	.L38
	cmp	dl, 47
	je	.L45
	cmp	dl, 42
	je	.L40
	add	ecx, 2
	mov	eax, 2
	jmp	.L38
.L36:
	cmp	dl, 47
	sete	al
	movzx	eax, al
.L38:
	add	rdi, 1
	movzx	edx, BYTE PTR [rdi]
	test	dl, dl
	je	.L32
.L41:
	cmp	eax, 2
	je	.L34
	jg	.L35
	test	eax, eax
	je	.L36
	cmp	eax, 1
	jne	.L38
	mov	eax, esi
	cmp	dl, 42
	je	.L38
	cmp	dl, 47
	sete	al
	movzx	eax, al
	jmp	.L38
.L34:
	cmp	dl, 42
	je	.L44
	add	ecx, 1
	jmp	.L38
.L40:
	add	ecx, 1
	jmp	.L38
.L44:
	mov	eax, 3
	jmp	.L38
.L45:
	mov	eax, 0
	jmp	.L38
.L42:
	mov	ecx, 0
.L32:
	mov	eax, ecx
	ret
	.size	comment_chars, .-comment_chars
	.globl	rle_length
	.type	rle_length, @function
rle_length:
	movzx	edx, BYTE PTR [rdi]
	mov	ecx, 0
	test	dl, dl
	jne	.L48
.L47:
	mov	eax, ecx
	ret
.L52:
	add	ecx, 2
	movzx	edx, BYTE PTR [rdi]
	test	dl, dl
	je	.L47
.L48:
	mov	eax, 0
	cmp	BYTE PTR [rdi], dl
	jne	.L52
.L50:
	add	rdi, 1
	add	eax, 1
	cmp	BYTE PTR [rdi], dl
	jne	.L52
	cmp	eax, 8
	jle	.L50
	jmp	.L52
	.size	rle_length, .-rle_length
	.globl	traffic_light
	.type	traffic_light, @function
traffic_light:
	mov	eax, edi
	test	esi, esi
	jle	.L59
	mov	edx, 0
	mov	ecx, 1
	jmp	.L61
.L62:
	mov	eax, ecx
.L60:
	add	edx, 1
	cmp	esi, edx
	je	.L59
.L61:
	test	eax, eax
	je	.L62
	cmp	eax, 1
	sete	al
	movzx	eax, al
	add	eax, eax
	jmp	.L60
.L59:
	ret
	.size	traffic_light, .-traffic_light
	.globl	vending
	.type	vending, @function
vending:
	movzx	edx, BYTE PTR [rdi]
	test	dl, dl
	je	.L73
	mov	eax, 0
	mov	ecx, 0
	jmp	.L72
.L67:
	cmp	dl, 114
	jne	.L70
	mov	ecx, 0
.L71:
	add	rdi, 1
	movzx	edx, BYTE PTR [rdi]
	test	dl, dl
	je	.L65
.L72:
	cmp	dl, 113
	je	.L66
	jg	.L67
	cmp	dl, 100
	je	.L68
	cmp	dl, 110
	jne	.L70
	add	ecx, 5
.L70:
	cmp	ecx, 34
	jle	.L71
	sub	ecx, 35
	add	eax, 1
	jmp	.L71
.L68:
	add	ecx, 10
	jmp	.L70
.L66:
	add	ecx, 25
	jmp	.L70
.L73:
	mov	eax, 0
	mov	ecx, 0
.L65:
	imul	eax, eax, 100
	add	eax, ecx
	ret
	.size	vending, .-vending
	.globl	parse_signed
	.type	parse_signed, @function
parse_signed:
	movzx	eax, BYTE PTR [rdi]
	test	al, al
	je	.L82
	mov	r8d, 0
	mov	edx, 0
	mov	ecx, 0
	mov	esi, 1
	jmp	.L81
.L78:
	lea	ecx, -48[rax]
	cmp	cl, 9
	ja	.L80
	lea	rdx, [rdx+rdx*4]
	movsx	eax, al
	sub	eax, 48
	cdqe
	lea	rdx, [rax+rdx*2]
	mov	ecx, esi
.L79:
	add	rdi, 1
	movzx	eax, BYTE PTR [rdi]
	test	al, al
	je	.L80
.L81:
	test	ecx, ecx
	jne	.L78
	cmp	al, 32
	je	.L79
	cmp	al, 45
	je	.L83
	cmp	al, 43
	jne	.L78
	mov	ecx, 1
	jmp	.L79
.L83:
	mov	r8d, 1
	mov	ecx, 1
	jmp	.L79
.L80:
	mov	rax, rdx
	neg	rax
	test	r8d, r8d
	cmovne	rdx, rax
.L76:
	mov	rax, rdx
	ret
.L82:
	mov	edx, 0
	jmp	.L76
	.size	parse_signed, .-parse_signed
	.globl	csv_fields
	.type	csv_fields, @function
csv_fields:
	movzx	eax, BYTE PTR [rdi]
	test	al, al
	je	.L91
	mov	edx, 0
	mov	ecx, 1
	jmp	.L90
.L93:
	xor	edx, 1
.L89:
	add	rdi, 1
	movzx	eax, BYTE PTR [rdi]
	test	al, al
	je	.L86
.L90:
	cmp	al, 34
	je	.L93
	test	edx, edx
	jne	.L89
	cmp	al, 44
	sete	al
	cmp	al, 1
	sbb	ecx, -1
	jmp	.L89
.L91:
	mov	ecx, 1
.L86:
	mov	eax, ecx
	ret
	.size	csv_fields, .-csv_fields
	.globl	utf8_count
	.type	utf8_count, @function
utf8_count:
	movzx	eax, BYTE PTR [rdi]
	test	al, al
	je	.L98
	mov	edx, 0
.L97:
	and	eax, -64
	cmp	al, -128
	setne	al
	movzx	eax, al
	add	edx, eax
	add	rdi, 1
	movzx	eax, BYTE PTR [rdi]
	test	al, al
	jne	.L97
.L94:
	mov	eax, edx
	ret
.L98:
	mov	edx, 0
	jmp	.L94
	.size	utf8_count, .-utf8_count
	.globl	collatz_steps
	.type	collatz_steps, @function
collatz_steps:
	cmp	rdi, 1
	jbe	.L106
	mov	eax, 0
	jmp	.L104
.L102:
	shr	rdi
.L103:
	add	eax, 1
	cmp	rdi, 1
	jbe	.L100
	cmp	eax, 999
	jg	.L108
.L104:
	test	dil, 1
	je	.L102
	lea	rdi, 1[rdi+rdi*2]
	jmp	.L103
.L108:
	ret
.L106:
	mov	eax, 0
.L100:
	ret
	.size	collatz_steps, .-collatz_steps
	.globl	door_lock
	.type	door_lock, @function
door_lock:
	movzx	eax, BYTE PTR [rdi]
	test	al, al
	je	.L114
	mov	r8d, 0
	mov	edx, 0
	lea	rsi, code.0[rip]
	jmp	.L113
.L117:
	add	edx, 1
	cmp	edx, 4
	je	.L116
.L112:
	add	rdi, 1
	movzx	eax, BYTE PTR [rdi]
	test	al, al
	je	.L109
.L113:
	movsx	rcx, edx
	cmp	BYTE PTR [rsi+rcx], al
	je	.L117
	cmp	al, 52
	sete	dl
	movzx	edx, dl
	jmp	.L112
.L116:
	add	r8d, 1
	mov	edx, 0
	jmp	.L112
.L114:
	mov	r8d, 0
.L109:
	mov	eax, r8d
	ret
	.size	door_lock, .-door_lock
	.globl	count_lines
	.type	count_lines, @function
count_lines:
	movzx	eax, BYTE PTR [rdi]
	test	al, al
	je	.L122
	mov	edx, 0
.L121:
	cmp	al, 10
	sete	al
	movzx	eax, al
	add	edx, eax
	add	rdi, 1
	movzx	eax, BYTE PTR [rdi]
	test	al, al
	jne	.L121
	cmp	BYTE PTR -1[rdi], 10
	setne	al
	movzx	eax, al
.L119:
	add	eax, edx
	ret
.L122:
	mov	edx, 0
	mov	eax, 0
	jmp	.L119
	.size	count_lines, .-count_lines
	.globl	keypad_walk
	.type	keypad_walk, @function
keypad_walk:
	movzx	eax, BYTE PTR [rdi]
	test	al, al
	je	.L132
	mov	ecx, 1
	mov	edx, 1
	jmp	.L131
.L127:
	cmp	al, 85
	jne	.L130
	test	edx, edx
	setg	al
	movzx	eax, al
	sub	edx, eax
.L130:
	add	rdi, 1
	movzx	eax, BYTE PTR [rdi]
	test	al, al
	je	.L125
.L131:
	cmp	al, 82
	je	.L126
	jg	.L127
	cmp	al, 68
	je	.L128
	cmp	al, 76
	jne	.L130
	test	ecx, ecx
	setg	al
	movzx	eax, al
	sub	ecx, eax
	jmp	.L130
.L128:
	cmp	edx, 2
	setl	al
	movzx	eax, al
	add	edx, eax
	jmp	.L130
.L126:
	cmp	ecx, 2
	setl	al
	movzx	eax, al
	add	ecx, eax
	jmp	.L130
.L132:
	mov	ecx, 1
	mov	edx, 1
.L125:
	lea	eax, [rdx+rdx*2]
	lea	eax, 1[rcx+rax]
	ret
	.size	keypad_walk, .-keypad_walk
	.globl	base64_value
	.type	base64_value, @function
base64_value:
	lea	eax, -65[rdi]
	cmp	eax, 25
	jbe	.L134
	lea	eax, -97[rdi]
	cmp	eax, 25
	jbe	.L141
	lea	eax, -48[rdi]
	cmp	eax, 9
	jbe	.L142
	mov	eax, 62
	cmp	edi, 43
	je	.L134
	cmp	edi, 47
	mov	eax, -1
	mov	edx, 63
	cmove	eax, edx
.L134:
	ret
.L141:
	lea	eax, -71[rdi]
	ret
.L142:
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
