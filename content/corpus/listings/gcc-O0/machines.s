	.file	"machines.c"
	.intel_syntax noprefix
	.text
	.globl	count_numbers
	.type	count_numbers, @function
count_numbers:
	push	rbp
	mov	rbp, rsp
	mov	QWORD PTR -24[rbp], rdi
	mov	DWORD PTR -4[rbp], 0
	mov	DWORD PTR -8[rbp], 0
	jmp	.L2
.L7:
	mov	rax, QWORD PTR -24[rbp]
	movzx	eax, BYTE PTR [rax]
	cmp	al, 47
	jle	.L3
	mov	rax, QWORD PTR -24[rbp]
	movzx	eax, BYTE PTR [rax]
	cmp	al, 57
	jg	.L3
	mov	eax, 1
	jmp	.L4
.L3:
	mov	eax, 0
.L4:
	mov	DWORD PTR -12[rbp], eax
	cmp	DWORD PTR -4[rbp], 0
	jne	.L5
	cmp	DWORD PTR -12[rbp], 0
	je	.L5
	mov	DWORD PTR -4[rbp], 1
	add	DWORD PTR -8[rbp], 1
	jmp	.L6
.L5:
	cmp	DWORD PTR -4[rbp], 1
	jne	.L6
	cmp	DWORD PTR -12[rbp], 0
	jne	.L6
	mov	DWORD PTR -4[rbp], 0
.L6:
	add	QWORD PTR -24[rbp], 1
.L2:
	mov	rax, QWORD PTR -24[rbp]
	movzx	eax, BYTE PTR [rax]
	test	al, al
	jne	.L7
	mov	eax, DWORD PTR -8[rbp]
	pop	rbp
	ret
	.size	count_numbers, .-count_numbers
	.globl	balanced_parens
	.type	balanced_parens, @function
balanced_parens:
	push	rbp
	mov	rbp, rsp
	mov	QWORD PTR -24[rbp], rdi
	mov	DWORD PTR -4[rbp], 0
	jmp	.L10
.L14:
	mov	rax, QWORD PTR -24[rbp]
	movzx	eax, BYTE PTR [rax]
	cmp	al, 40
	jne	.L11
	add	DWORD PTR -4[rbp], 1
	jmp	.L12
.L11:
	mov	rax, QWORD PTR -24[rbp]
	movzx	eax, BYTE PTR [rax]
	cmp	al, 41
	jne	.L12
	sub	DWORD PTR -4[rbp], 1
	cmp	DWORD PTR -4[rbp], 0
	jns	.L12
	mov	eax, 0
	jmp	.L13
.L12:
	add	QWORD PTR -24[rbp], 1
.L10:
	mov	rax, QWORD PTR -24[rbp]
	movzx	eax, BYTE PTR [rax]
	test	al, al
	jne	.L14
	cmp	DWORD PTR -4[rbp], 0
	sete	al
	movzx	eax, al
.L13:
	pop	rbp
	ret
	.size	balanced_parens, .-balanced_parens
	.globl	matches_ab
	.type	matches_ab, @function
matches_ab:
	push	rbp
	mov	rbp, rsp
	mov	QWORD PTR -24[rbp], rdi
	mov	DWORD PTR -4[rbp], 0
	jmp	.L16
.L26:
	cmp	DWORD PTR -4[rbp], 0
	je	.L17
	cmp	DWORD PTR -4[rbp], 1
	je	.L18
	jmp	.L19
.L17:
	mov	rax, QWORD PTR -24[rbp]
	movzx	eax, BYTE PTR [rax]
	cmp	al, 97
	jne	.L20
	mov	DWORD PTR -4[rbp], 0
	jmp	.L19
.L20:
	mov	rax, QWORD PTR -24[rbp]
	movzx	eax, BYTE PTR [rax]
	cmp	al, 98
	jne	.L22
	mov	DWORD PTR -4[rbp], 1
	jmp	.L19
.L22:
	mov	eax, 0
	jmp	.L23
.L18:
	mov	rax, QWORD PTR -24[rbp]
	movzx	eax, BYTE PTR [rax]
	cmp	al, 98
	jne	.L24
	mov	DWORD PTR -4[rbp], 1
	jmp	.L19
.L24:
	mov	eax, 0
	jmp	.L23
.L19:
	add	QWORD PTR -24[rbp], 1
.L16:
	mov	rax, QWORD PTR -24[rbp]
	movzx	eax, BYTE PTR [rax]
	test	al, al
	jne	.L26
	cmp	DWORD PTR -4[rbp], 1
	sete	al
	movzx	eax, al
.L23:
	pop	rbp
	ret
	.size	matches_ab, .-matches_ab
	.globl	comment_chars
	.type	comment_chars, @function
comment_chars:
	push	rbp
	mov	rbp, rsp
	mov	QWORD PTR -24[rbp], rdi
	mov	DWORD PTR -4[rbp], 0
	mov	DWORD PTR -8[rbp], 0
	jmp	.L28
.L42:
	cmp	DWORD PTR -4[rbp], 3
	je	.L29
	cmp	DWORD PTR -4[rbp], 3
	jg	.L30
	cmp	DWORD PTR -4[rbp], 2
	je	.L31
	cmp	DWORD PTR -4[rbp], 2
	jg	.L30
	cmp	DWORD PTR -4[rbp], 0
	je	.L32
	cmp	DWORD PTR -4[rbp], 1
	je	.L33
	jmp	.L30
.L32:
	mov	rax, QWORD PTR -24[rbp]
	movzx	eax, BYTE PTR [rax]
	cmp	al, 47
	jne	.L44
	mov	DWORD PTR -4[rbp], 1
	jmp	.L44
.L33:
	mov	rax, QWORD PTR -24[rbp]
	movzx	eax, BYTE PTR [rax]
	cmp	al, 42
	je	.L35
	mov	rax, QWORD PTR -24[rbp]
	movzx	eax, BYTE PTR [rax]
	cmp	al, 47
	sete	al
	movzx	eax, al
	jmp	.L36
.L35:
	mov	eax, 2
.L36:
	mov	DWORD PTR -4[rbp], eax
	jmp	.L30
.L31:
	mov	rax, QWORD PTR -24[rbp]
	movzx	eax, BYTE PTR [rax]
	cmp	al, 42
	jne	.L37
	mov	DWORD PTR -4[rbp], 3
	jmp	.L30
.L37:
	add	DWORD PTR -8[rbp], 1
	jmp	.L30
.L29:
	mov	rax, QWORD PTR -24[rbp]
	movzx	eax, BYTE PTR [rax]
	cmp	al, 47
	jne	.L39
	mov	DWORD PTR -4[rbp], 0
	jmp	.L30
.L39:
	mov	rax, QWORD PTR -24[rbp]
	movzx	eax, BYTE PTR [rax]
	cmp	al, 42
	je	.L41
	mov	DWORD PTR -4[rbp], 2
	add	DWORD PTR -8[rbp], 2
	jmp	.L30
.L41:
	add	DWORD PTR -8[rbp], 1
	jmp	.L30
.L44:
	nop
.L30:
	add	QWORD PTR -24[rbp], 1
.L28:
	mov	rax, QWORD PTR -24[rbp]
	movzx	eax, BYTE PTR [rax]
	test	al, al
	jne	.L42
	mov	eax, DWORD PTR -8[rbp]
	pop	rbp
	ret
	.size	comment_chars, .-comment_chars
	.globl	rle_length
	.type	rle_length, @function
rle_length:
	push	rbp
	mov	rbp, rsp
	mov	QWORD PTR -24[rbp], rdi
	mov	DWORD PTR -4[rbp], 0
	jmp	.L46
.L50:
	mov	rax, QWORD PTR -24[rbp]
	movzx	eax, BYTE PTR [rax]
	mov	BYTE PTR -9[rbp], al
	mov	DWORD PTR -8[rbp], 0
	jmp	.L47
.L49:
	add	QWORD PTR -24[rbp], 1
	add	DWORD PTR -8[rbp], 1
.L47:
	mov	rax, QWORD PTR -24[rbp]
	movzx	eax, BYTE PTR [rax]
	cmp	BYTE PTR -9[rbp], al
	jne	.L48
	cmp	DWORD PTR -8[rbp], 8
	jle	.L49
.L48:
	add	DWORD PTR -4[rbp], 2
.L46:
	mov	rax, QWORD PTR -24[rbp]
	movzx	eax, BYTE PTR [rax]
	test	al, al
	jne	.L50
	mov	eax, DWORD PTR -4[rbp]
	pop	rbp
	ret
	.size	rle_length, .-rle_length
	.globl	traffic_light
	.type	traffic_light, @function
traffic_light:
	push	rbp
	mov	rbp, rsp
	mov	DWORD PTR -20[rbp], edi
	mov	DWORD PTR -24[rbp], esi
	mov	DWORD PTR -4[rbp], 0
	jmp	.L53
.L58:
	cmp	DWORD PTR -20[rbp], 0
	je	.L54
	cmp	DWORD PTR -20[rbp], 1
	jne	.L55
	mov	eax, 2
	jmp	.L57
.L55:
	mov	eax, 0
	jmp	.L57
.L54:
	mov	eax, 1
.L57:
	mov	DWORD PTR -20[rbp], eax
	add	DWORD PTR -4[rbp], 1
.L53:
	mov	eax, DWORD PTR -4[rbp]
	cmp	eax, DWORD PTR -24[rbp]
	jl	.L58
	mov	eax, DWORD PTR -20[rbp]
	pop	rbp
	ret
	.size	traffic_light, .-traffic_light
	.globl	vending
	.type	vending, @function
vending:
	push	rbp
	mov	rbp, rsp
	mov	QWORD PTR -24[rbp], rdi
	mov	DWORD PTR -4[rbp], 0
	mov	DWORD PTR -8[rbp], 0
	jmp	.L61
.L68:
	mov	rax, QWORD PTR -24[rbp]
	movzx	eax, BYTE PTR [rax]
	movsx	eax, al
	cmp	eax, 114
	je	.L62
	cmp	eax, 114
	jg	.L70
	cmp	eax, 113
	je	.L64
	cmp	eax, 113
	jg	.L70
	cmp	eax, 100
	je	.L65
	cmp	eax, 110
	jne	.L70
	add	DWORD PTR -4[rbp], 5
	jmp	.L66
.L65:
	add	DWORD PTR -4[rbp], 10
	jmp	.L66
.L64:
	add	DWORD PTR -4[rbp], 25
	jmp	.L66
.L62:
	mov	DWORD PTR -4[rbp], 0
	jmp	.L66
.L70:
	nop
.L66:
	cmp	DWORD PTR -4[rbp], 34
	jle	.L67
	sub	DWORD PTR -4[rbp], 35
	add	DWORD PTR -8[rbp], 1
.L67:
	add	QWORD PTR -24[rbp], 1
.L61:
	mov	rax, QWORD PTR -24[rbp]
	movzx	eax, BYTE PTR [rax]
	test	al, al
	jne	.L68
	mov	eax, DWORD PTR -8[rbp]
	imul	edx, eax, 100
	mov	eax, DWORD PTR -4[rbp]
	add	eax, edx
	pop	rbp
	ret
	.size	vending, .-vending
	.globl	parse_signed
	.type	parse_signed, @function
parse_signed:
	push	rbp
	mov	rbp, rsp
	mov	QWORD PTR -40[rbp], rdi
	mov	DWORD PTR -4[rbp], 0
	mov	QWORD PTR -16[rbp], 0
	mov	DWORD PTR -20[rbp], 0
	jmp	.L72
.L79:
	cmp	DWORD PTR -4[rbp], 0
	jne	.L73
	mov	rax, QWORD PTR -40[rbp]
	movzx	eax, BYTE PTR [rax]
	cmp	al, 32
	je	.L83
	mov	rax, QWORD PTR -40[rbp]
	movzx	eax, BYTE PTR [rax]
	cmp	al, 45
	jne	.L76
	mov	DWORD PTR -20[rbp], 1
	mov	DWORD PTR -4[rbp], 1
	jmp	.L75
.L76:
	mov	rax, QWORD PTR -40[rbp]
	movzx	eax, BYTE PTR [rax]
	cmp	al, 43
	jne	.L77
	mov	DWORD PTR -4[rbp], 1
	jmp	.L75
.L77:
	mov	DWORD PTR -4[rbp], 1
.L73:
	mov	rax, QWORD PTR -40[rbp]
	movzx	eax, BYTE PTR [rax]
	cmp	al, 47
	jle	.L78
	mov	rax, QWORD PTR -40[rbp]
	movzx	eax, BYTE PTR [rax]
	cmp	al, 57
	jg	.L78
	mov	rdx, QWORD PTR -16[rbp]
	mov	rax, rdx
	sal	rax, 2
	add	rax, rdx
	add	rax, rax
	mov	rdx, rax
	mov	rax, QWORD PTR -40[rbp]
	movzx	eax, BYTE PTR [rax]
	movsx	eax, al
	sub	eax, 48
	cdqe
	add	rax, rdx
	mov	QWORD PTR -16[rbp], rax
	jmp	.L75
.L83:
	nop
.L75:
	add	QWORD PTR -40[rbp], 1
.L72:
	mov	rax, QWORD PTR -40[rbp]
	movzx	eax, BYTE PTR [rax]
	test	al, al
	jne	.L79
.L78:
	cmp	DWORD PTR -20[rbp], 0
	je	.L80
	mov	rax, QWORD PTR -16[rbp]
	neg	rax
	jmp	.L82
.L80:
	mov	rax, QWORD PTR -16[rbp]
.L82:
	pop	rbp
	ret
	.size	parse_signed, .-parse_signed
	.globl	csv_fields
	.type	csv_fields, @function
csv_fields:
	push	rbp
	mov	rbp, rsp
	mov	QWORD PTR -24[rbp], rdi
	mov	DWORD PTR -4[rbp], 1
	mov	DWORD PTR -8[rbp], 0
	jmp	.L85
.L88:
	mov	rax, QWORD PTR -24[rbp]
	movzx	eax, BYTE PTR [rax]
	cmp	al, 34
	jne	.L86
	cmp	DWORD PTR -8[rbp], 0
	sete	al
	movzx	eax, al
	mov	DWORD PTR -8[rbp], eax
	jmp	.L87
.L86:
	mov	rax, QWORD PTR -24[rbp]
	movzx	eax, BYTE PTR [rax]
	cmp	al, 44
	jne	.L87
	cmp	DWORD PTR -8[rbp], 0
	jne	.L87
	add	DWORD PTR -4[rbp], 1
.L87:
	add	QWORD PTR -24[rbp], 1
.L85:
	mov	rax, QWORD PTR -24[rbp]
	movzx	eax, BYTE PTR [rax]
	test	al, al
	jne	.L88
	mov	eax, DWORD PTR -4[rbp]
	pop	rbp
	ret
	.size	csv_fields, .-csv_fields
	.globl	utf8_count
	.type	utf8_count, @function
utf8_count:
	push	rbp
	mov	rbp, rsp
	mov	QWORD PTR -24[rbp], rdi
	mov	DWORD PTR -4[rbp], 0
	jmp	.L91
.L93:
	mov	rax, QWORD PTR -24[rbp]
	movzx	eax, BYTE PTR [rax]
	movzx	eax, al
	and	eax, 192
	cmp	eax, 128
	je	.L92
	add	DWORD PTR -4[rbp], 1
.L92:
	add	QWORD PTR -24[rbp], 1
.L91:
	mov	rax, QWORD PTR -24[rbp]
	movzx	eax, BYTE PTR [rax]
	test	al, al
	jne	.L93
	mov	eax, DWORD PTR -4[rbp]
	pop	rbp
	ret
	.size	utf8_count, .-utf8_count
	.globl	collatz_steps
	.type	collatz_steps, @function
collatz_steps:
	push	rbp
	mov	rbp, rsp
	mov	QWORD PTR -24[rbp], rdi
	mov	DWORD PTR -4[rbp], 0
	jmp	.L96
.L100:
	mov	rax, QWORD PTR -24[rbp]
	and	eax, 1
	test	rax, rax
	je	.L97
	mov	rdx, QWORD PTR -24[rbp]
	mov	rax, rdx
	add	rax, rax
	add	rax, rdx
	add	rax, 1
	jmp	.L98
.L97:
	mov	rax, QWORD PTR -24[rbp]
	shr	rax
.L98:
	mov	QWORD PTR -24[rbp], rax
	add	DWORD PTR -4[rbp], 1
.L96:
	cmp	QWORD PTR -24[rbp], 1
	jbe	.L99
	cmp	DWORD PTR -4[rbp], 999
	jle	.L100
.L99:
	mov	eax, DWORD PTR -4[rbp]
	pop	rbp
	ret
	.size	collatz_steps, .-collatz_steps
	.globl	door_lock
	.type	door_lock, @function
door_lock:
	push	rbp
	mov	rbp, rsp
	mov	QWORD PTR -24[rbp], rdi
	mov	DWORD PTR -4[rbp], 0
	mov	DWORD PTR -8[rbp], 0
	jmp	.L103
.L106:
	mov	rax, QWORD PTR -24[rbp]
	movzx	edx, BYTE PTR [rax]
	mov	eax, DWORD PTR -4[rbp]
	cdqe
	lea	rcx, code.0[rip]
	movzx	eax, BYTE PTR [rax+rcx]
	cmp	dl, al
	jne	.L104
	add	DWORD PTR -4[rbp], 1
	cmp	DWORD PTR -4[rbp], 4
	jne	.L105
	add	DWORD PTR -8[rbp], 1
	mov	DWORD PTR -4[rbp], 0
	jmp	.L105
.L104:
	mov	rax, QWORD PTR -24[rbp]
	movzx	edx, BYTE PTR [rax]
	movzx	eax, BYTE PTR code.0[rip]
	cmp	dl, al
	sete	al
	movzx	eax, al
	mov	DWORD PTR -4[rbp], eax
.L105:
	add	QWORD PTR -24[rbp], 1
.L103:
	mov	rax, QWORD PTR -24[rbp]
	movzx	eax, BYTE PTR [rax]
	test	al, al
	jne	.L106
	mov	eax, DWORD PTR -8[rbp]
	pop	rbp
	ret
	.size	door_lock, .-door_lock
	.globl	count_lines
	.type	count_lines, @function
count_lines:
	push	rbp
	mov	rbp, rsp
	mov	QWORD PTR -24[rbp], rdi
	mov	DWORD PTR -4[rbp], 0
	mov	DWORD PTR -8[rbp], 0
	jmp	.L109
.L111:
	mov	DWORD PTR -8[rbp], 1
	mov	rax, QWORD PTR -24[rbp]
	movzx	eax, BYTE PTR [rax]
	cmp	al, 10
	jne	.L110
	add	DWORD PTR -4[rbp], 1
.L110:
	add	QWORD PTR -24[rbp], 1
.L109:
	mov	rax, QWORD PTR -24[rbp]
	movzx	eax, BYTE PTR [rax]
	test	al, al
	jne	.L111
	cmp	DWORD PTR -8[rbp], 0
	je	.L112
	mov	rax, QWORD PTR -24[rbp]
	sub	rax, 1
	movzx	eax, BYTE PTR [rax]
	cmp	al, 10
	je	.L112
	mov	edx, 1
	jmp	.L113
.L112:
	mov	edx, 0
.L113:
	mov	eax, DWORD PTR -4[rbp]
	add	eax, edx
	pop	rbp
	ret
	.size	count_lines, .-count_lines
	.globl	keypad_walk
	.type	keypad_walk, @function
keypad_walk:
	push	rbp
	mov	rbp, rsp
	mov	QWORD PTR -24[rbp], rdi
	mov	DWORD PTR -4[rbp], 1
	mov	DWORD PTR -8[rbp], 1
	jmp	.L116
.L126:
	mov	rax, QWORD PTR -24[rbp]
	movzx	eax, BYTE PTR [rax]
	movsx	eax, al
	cmp	eax, 85
	je	.L117
	cmp	eax, 85
	jg	.L118
	cmp	eax, 82
	je	.L119
	cmp	eax, 82
	jg	.L118
	cmp	eax, 68
	je	.L120
	cmp	eax, 76
	je	.L121
	jmp	.L118
.L117:
	cmp	DWORD PTR -4[rbp], 0
	jle	.L128
	sub	DWORD PTR -4[rbp], 1
	jmp	.L128
.L120:
	cmp	DWORD PTR -4[rbp], 1
	jg	.L129
	add	DWORD PTR -4[rbp], 1
	jmp	.L129
.L121:
	cmp	DWORD PTR -8[rbp], 0
	jle	.L130
	sub	DWORD PTR -8[rbp], 1
	jmp	.L130
.L119:
	cmp	DWORD PTR -8[rbp], 1
	jg	.L131
	add	DWORD PTR -8[rbp], 1
	jmp	.L131
.L128:
	nop
	jmp	.L118
.L129:
	nop
	jmp	.L118
.L130:
	nop
	jmp	.L118
.L131:
	nop
.L118:
	add	QWORD PTR -24[rbp], 1
.L116:
	mov	rax, QWORD PTR -24[rbp]
	movzx	eax, BYTE PTR [rax]
	test	al, al
	jne	.L126
	mov	edx, DWORD PTR -4[rbp]
	mov	eax, edx
	add	eax, eax
	add	edx, eax
	mov	eax, DWORD PTR -8[rbp]
	add	eax, edx
	add	eax, 1
	pop	rbp
	ret
	.size	keypad_walk, .-keypad_walk
	.globl	base64_value
	.type	base64_value, @function
base64_value:
	push	rbp
	mov	rbp, rsp
	mov	DWORD PTR -4[rbp], edi
	cmp	DWORD PTR -4[rbp], 64
	jle	.L133
	cmp	DWORD PTR -4[rbp], 90
	jg	.L133
	mov	eax, DWORD PTR -4[rbp]
	sub	eax, 65
	jmp	.L134
.L133:
	cmp	DWORD PTR -4[rbp], 96
	jle	.L135
	cmp	DWORD PTR -4[rbp], 122
	jg	.L135
	mov	eax, DWORD PTR -4[rbp]
	sub	eax, 71
	jmp	.L134
.L135:
	cmp	DWORD PTR -4[rbp], 47
	jle	.L136
	cmp	DWORD PTR -4[rbp], 57
	jg	.L136
	mov	eax, DWORD PTR -4[rbp]
	add	eax, 4
	jmp	.L134
.L136:
	cmp	DWORD PTR -4[rbp], 43
	je	.L137
	cmp	DWORD PTR -4[rbp], 47
	jne	.L138
	mov	eax, 63
	jmp	.L134
.L138:
	mov	eax, -1
	jmp	.L134
.L137:
	mov	eax, 62
.L134:
	pop	rbp
	ret
	.size	base64_value, .-base64_value
	.section	.rodata
	.type	code.0, @object
	.size	code.0, 5
code.0:
	.string	"4711"
	.ident	"GCC: (Debian 12.2.0-14+deb12u1) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
