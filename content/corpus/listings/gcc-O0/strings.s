	.file	"strings.c"
	.intel_syntax noprefix
	.text
	.globl	my_strlen
	.type	my_strlen, @function
my_strlen:
	push	rbp
	mov	rbp, rsp
	mov	QWORD PTR -24[rbp], rdi
	mov	rax, QWORD PTR -24[rbp]
	mov	QWORD PTR -8[rbp], rax
	jmp	.L2
.L3:
	add	QWORD PTR -8[rbp], 1
.L2:
	mov	rax, QWORD PTR -8[rbp]
	movzx	eax, BYTE PTR [rax]
	test	al, al
	jne	.L3
	mov	rax, QWORD PTR -8[rbp]
	sub	rax, QWORD PTR -24[rbp]
	pop	rbp
	ret
	.size	my_strlen, .-my_strlen
	.globl	my_strcmp
	.type	my_strcmp, @function
my_strcmp:
	push	rbp
	mov	rbp, rsp
	mov	QWORD PTR -8[rbp], rdi
	mov	QWORD PTR -16[rbp], rsi
	jmp	.L6
.L8:
	add	QWORD PTR -8[rbp], 1
	add	QWORD PTR -16[rbp], 1
.L6:
	mov	rax, QWORD PTR -8[rbp]
	movzx	eax, BYTE PTR [rax]
	test	al, al
	je	.L7
	mov	rax, QWORD PTR -8[rbp]
	movzx	edx, BYTE PTR [rax]
	mov	rax, QWORD PTR -16[rbp]
	movzx	eax, BYTE PTR [rax]
	cmp	dl, al
	je	.L8
.L7:
	mov	rax, QWORD PTR -8[rbp]
	movzx	eax, BYTE PTR [rax]
	movzx	edx, al
	mov	rax, QWORD PTR -16[rbp]
	movzx	eax, BYTE PTR [rax]
	movzx	eax, al
	sub	edx, eax
	mov	eax, edx
	pop	rbp
	ret
	.size	my_strcmp, .-my_strcmp
	.globl	index_of
	.type	index_of, @function
index_of:
	push	rbp
	mov	rbp, rsp
	mov	QWORD PTR -24[rbp], rdi
	mov	DWORD PTR -28[rbp], esi
	mov	DWORD PTR -4[rbp], 0
	jmp	.L11
.L14:
	mov	eax, DWORD PTR -4[rbp]
	movsx	rdx, eax
	mov	rax, QWORD PTR -24[rbp]
	add	rax, rdx
	movzx	eax, BYTE PTR [rax]
	movsx	eax, al
	cmp	DWORD PTR -28[rbp], eax
	jne	.L12
	mov	eax, DWORD PTR -4[rbp]
	jmp	.L13
.L12:
	add	DWORD PTR -4[rbp], 1
.L11:
	mov	eax, DWORD PTR -4[rbp]
	movsx	rdx, eax
	mov	rax, QWORD PTR -24[rbp]
	add	rax, rdx
	movzx	eax, BYTE PTR [rax]
	test	al, al
	jne	.L14
	mov	eax, -1
.L13:
	pop	rbp
	ret
	.size	index_of, .-index_of
	.globl	last_index_of
	.type	last_index_of, @function
last_index_of:
	push	rbp
	mov	rbp, rsp
	mov	QWORD PTR -24[rbp], rdi
	mov	DWORD PTR -28[rbp], esi
	mov	DWORD PTR -4[rbp], -1
	mov	DWORD PTR -8[rbp], 0
	jmp	.L16
.L18:
	mov	eax, DWORD PTR -8[rbp]
	movsx	rdx, eax
	mov	rax, QWORD PTR -24[rbp]
	add	rax, rdx
	movzx	eax, BYTE PTR [rax]
	movsx	eax, al
	cmp	DWORD PTR -28[rbp], eax
	jne	.L17
	mov	eax, DWORD PTR -8[rbp]
	mov	DWORD PTR -4[rbp], eax
.L17:
	add	DWORD PTR -8[rbp], 1
.L16:
	mov	eax, DWORD PTR -8[rbp]
	movsx	rdx, eax
	mov	rax, QWORD PTR -24[rbp]
	add	rax, rdx
	movzx	eax, BYTE PTR [rax]
	test	al, al
	jne	.L18
	mov	eax, DWORD PTR -4[rbp]
	pop	rbp
	ret
	.size	last_index_of, .-last_index_of
	.globl	count_char
	.type	count_char, @function
count_char:
	push	rbp
	mov	rbp, rsp
	mov	QWORD PTR -24[rbp], rdi
	mov	DWORD PTR -28[rbp], esi
	mov	DWORD PTR -4[rbp], 0
	jmp	.L21
.L22:
	mov	rax, QWORD PTR -24[rbp]
	movzx	eax, BYTE PTR [rax]
	movsx	eax, al
	cmp	DWORD PTR -28[rbp], eax
	sete	al
	movzx	eax, al
	add	DWORD PTR -4[rbp], eax
	add	QWORD PTR -24[rbp], 1
.L21:
	mov	rax, QWORD PTR -24[rbp]
	movzx	eax, BYTE PTR [rax]
	test	al, al
	jne	.L22
	mov	eax, DWORD PTR -4[rbp]
	pop	rbp
	ret
	.size	count_char, .-count_char
	.globl	to_upper
	.type	to_upper, @function
to_upper:
	push	rbp
	mov	rbp, rsp
	mov	QWORD PTR -8[rbp], rdi
	jmp	.L25
.L27:
	mov	rax, QWORD PTR -8[rbp]
	movzx	eax, BYTE PTR [rax]
	cmp	al, 96
	jle	.L26
	mov	rax, QWORD PTR -8[rbp]
	movzx	eax, BYTE PTR [rax]
	cmp	al, 122
	jg	.L26
	mov	rax, QWORD PTR -8[rbp]
	movzx	eax, BYTE PTR [rax]
	sub	eax, 32
	mov	edx, eax
	mov	rax, QWORD PTR -8[rbp]
	mov	BYTE PTR [rax], dl
.L26:
	add	QWORD PTR -8[rbp], 1
.L25:
	mov	rax, QWORD PTR -8[rbp]
	movzx	eax, BYTE PTR [rax]
	test	al, al
	jne	.L27
	nop
	nop
	pop	rbp
	ret
	.size	to_upper, .-to_upper
	.globl	to_lower
	.type	to_lower, @function
to_lower:
	push	rbp
	mov	rbp, rsp
	mov	QWORD PTR -8[rbp], rdi
	jmp	.L29
.L31:
	mov	rax, QWORD PTR -8[rbp]
	movzx	eax, BYTE PTR [rax]
	cmp	al, 64
	jle	.L30
	mov	rax, QWORD PTR -8[rbp]
	movzx	eax, BYTE PTR [rax]
	cmp	al, 90
	jg	.L30
	mov	rax, QWORD PTR -8[rbp]
	movzx	eax, BYTE PTR [rax]
	add	eax, 32
	mov	edx, eax
	mov	rax, QWORD PTR -8[rbp]
	mov	BYTE PTR [rax], dl
.L30:
	add	QWORD PTR -8[rbp], 1
.L29:
	mov	rax, QWORD PTR -8[rbp]
	movzx	eax, BYTE PTR [rax]
	test	al, al
	jne	.L31
	nop
	nop
	pop	rbp
	ret
	.size	to_lower, .-to_lower
	.globl	reverse_string
	.type	reverse_string, @function
reverse_string:
	push	rbp
	mov	rbp, rsp
	mov	QWORD PTR -40[rbp], rdi
	mov	QWORD PTR -8[rbp], 0
	jmp	.L33
.L34:
	add	QWORD PTR -8[rbp], 1
.L33:
	mov	rdx, QWORD PTR -40[rbp]
	mov	rax, QWORD PTR -8[rbp]
	add	rax, rdx
	movzx	eax, BYTE PTR [rax]
	test	al, al
	jne	.L34
	mov	QWORD PTR -16[rbp], 0
	jmp	.L35
.L36:
	mov	rdx, QWORD PTR -40[rbp]
	mov	rax, QWORD PTR -16[rbp]
	add	rax, rdx
	movzx	eax, BYTE PTR [rax]
	mov	BYTE PTR -17[rbp], al
	mov	rax, QWORD PTR -8[rbp]
	sub	rax, QWORD PTR -16[rbp]
	lea	rdx, -1[rax]
	mov	rax, QWORD PTR -40[rbp]
	add	rax, rdx
	mov	rcx, QWORD PTR -40[rbp]
	mov	rdx, QWORD PTR -16[rbp]
	add	rdx, rcx
	movzx	eax, BYTE PTR [rax]
	mov	BYTE PTR [rdx], al
	mov	rax, QWORD PTR -8[rbp]
	sub	rax, QWORD PTR -16[rbp]
	lea	rdx, -1[rax]
	mov	rax, QWORD PTR -40[rbp]
	add	rdx, rax
	movzx	eax, BYTE PTR -17[rbp]
	mov	BYTE PTR [rdx], al
	add	QWORD PTR -16[rbp], 1
.L35:
	mov	rax, QWORD PTR -8[rbp]
	shr	rax
	cmp	QWORD PTR -16[rbp], rax
	jb	.L36
	nop
	nop
	pop	rbp
	ret
	.size	reverse_string, .-reverse_string
	.globl	is_palindrome
	.type	is_palindrome, @function
is_palindrome:
	push	rbp
	mov	rbp, rsp
	mov	QWORD PTR -24[rbp], rdi
	mov	DWORD PTR -4[rbp], 0
	mov	DWORD PTR -8[rbp], 0
	jmp	.L38
.L39:
	add	DWORD PTR -8[rbp], 1
.L38:
	mov	eax, DWORD PTR -8[rbp]
	movsx	rdx, eax
	mov	rax, QWORD PTR -24[rbp]
	add	rax, rdx
	movzx	eax, BYTE PTR [rax]
	test	al, al
	jne	.L39
	sub	DWORD PTR -8[rbp], 1
	jmp	.L40
.L42:
	mov	eax, DWORD PTR -4[rbp]
	lea	edx, 1[rax]
	mov	DWORD PTR -4[rbp], edx
	movsx	rdx, eax
	mov	rax, QWORD PTR -24[rbp]
	add	rax, rdx
	movzx	ecx, BYTE PTR [rax]
	mov	eax, DWORD PTR -8[rbp]
	lea	edx, -1[rax]
	mov	DWORD PTR -8[rbp], edx
	movsx	rdx, eax
	mov	rax, QWORD PTR -24[rbp]
	add	rax, rdx
	movzx	eax, BYTE PTR [rax]
	cmp	cl, al
	je	.L40
	mov	eax, 0
	jmp	.L41
.L40:
	mov	eax, DWORD PTR -4[rbp]
	cmp	eax, DWORD PTR -8[rbp]
	jl	.L42
	mov	eax, 1
.L41:
	pop	rbp
	ret
	.size	is_palindrome, .-is_palindrome
	.globl	my_atoi
	.type	my_atoi, @function
my_atoi:
	push	rbp
	mov	rbp, rsp
	mov	QWORD PTR -24[rbp], rdi
	mov	DWORD PTR -4[rbp], 1
	mov	DWORD PTR -8[rbp], 0
	jmp	.L44
.L45:
	add	QWORD PTR -24[rbp], 1
.L44:
	mov	rax, QWORD PTR -24[rbp]
	movzx	eax, BYTE PTR [rax]
	cmp	al, 32
	je	.L45
	mov	rax, QWORD PTR -24[rbp]
	movzx	eax, BYTE PTR [rax]
	cmp	al, 45
	je	.L46
	mov	rax, QWORD PTR -24[rbp]
	movzx	eax, BYTE PTR [rax]
	cmp	al, 43
	jne	.L50
.L46:
	mov	rax, QWORD PTR -24[rbp]
	lea	rdx, 1[rax]
	mov	QWORD PTR -24[rbp], rdx
	movzx	eax, BYTE PTR [rax]
	cmp	al, 45
	jne	.L48
	mov	eax, -1
	jmp	.L49
.L48:
	mov	eax, 1
.L49:
	mov	DWORD PTR -4[rbp], eax
	jmp	.L50
.L52:
	mov	edx, DWORD PTR -8[rbp]
	mov	eax, edx
	sal	eax, 2
	add	eax, edx
	add	eax, eax
	mov	ecx, eax
	mov	rax, QWORD PTR -24[rbp]
	lea	rdx, 1[rax]
	mov	QWORD PTR -24[rbp], rdx
	movzx	eax, BYTE PTR [rax]
	movsx	eax, al
	sub	eax, 48
	add	eax, ecx
	mov	DWORD PTR -8[rbp], eax
.L50:
	mov	rax, QWORD PTR -24[rbp]
	movzx	eax, BYTE PTR [rax]
	cmp	al, 47
	jle	.L51
	mov	rax, QWORD PTR -24[rbp]
	movzx	eax, BYTE PTR [rax]
	cmp	al, 57
	jle	.L52
.L51:
	mov	eax, DWORD PTR -4[rbp]
	imul	eax, DWORD PTR -8[rbp]
	pop	rbp
	ret
	.size	my_atoi, .-my_atoi
	.globl	utoa_len
	.type	utoa_len, @function
utoa_len:
	push	rbp
	mov	rbp, rsp
	mov	DWORD PTR -36[rbp], edi
	mov	QWORD PTR -48[rbp], rsi
	mov	DWORD PTR -4[rbp], 0
.L55:
	mov	ecx, DWORD PTR -36[rbp]
	mov	edx, ecx
	mov	eax, 3435973837
	imul	rax, rdx
	shr	rax, 32
	mov	edx, eax
	shr	edx, 3
	mov	eax, edx
	sal	eax, 2
	add	eax, edx
	add	eax, eax
	sub	ecx, eax
	mov	edx, ecx
	mov	eax, edx
	lea	ecx, 48[rax]
	mov	eax, DWORD PTR -4[rbp]
	lea	edx, 1[rax]
	mov	DWORD PTR -4[rbp], edx
	mov	edx, ecx
	cdqe
	mov	BYTE PTR -20[rbp+rax], dl
	mov	eax, DWORD PTR -36[rbp]
	mov	edx, eax
	mov	eax, 3435973837
	imul	rax, rdx
	shr	rax, 32
	shr	eax, 3
	mov	DWORD PTR -36[rbp], eax
	cmp	DWORD PTR -36[rbp], 0
	jne	.L55
	mov	DWORD PTR -8[rbp], 0
	jmp	.L56
.L57:
	mov	eax, DWORD PTR -4[rbp]
	sub	eax, 1
	sub	eax, DWORD PTR -8[rbp]
	mov	edx, DWORD PTR -8[rbp]
	movsx	rcx, edx
	mov	rdx, QWORD PTR -48[rbp]
	add	rdx, rcx
	cdqe
	movzx	eax, BYTE PTR -20[rbp+rax]
	mov	BYTE PTR [rdx], al
	add	DWORD PTR -8[rbp], 1
.L56:
	mov	eax, DWORD PTR -8[rbp]
	cmp	eax, DWORD PTR -4[rbp]
	jl	.L57
	mov	eax, DWORD PTR -4[rbp]
	movsx	rdx, eax
	mov	rax, QWORD PTR -48[rbp]
	add	rax, rdx
	mov	BYTE PTR [rax], 0
	mov	eax, DWORD PTR -4[rbp]
	pop	rbp
	ret
	.size	utoa_len, .-utoa_len
	.globl	count_words
	.type	count_words, @function
count_words:
	push	rbp
	mov	rbp, rsp
	mov	QWORD PTR -24[rbp], rdi
	mov	DWORD PTR -4[rbp], 0
	mov	DWORD PTR -8[rbp], 0
	jmp	.L60
.L64:
	mov	rax, QWORD PTR -24[rbp]
	movzx	eax, BYTE PTR [rax]
	cmp	al, 32
	je	.L61
	mov	rax, QWORD PTR -24[rbp]
	movzx	eax, BYTE PTR [rax]
	cmp	al, 9
	je	.L61
	mov	rax, QWORD PTR -24[rbp]
	movzx	eax, BYTE PTR [rax]
	cmp	al, 10
	jne	.L62
.L61:
	mov	DWORD PTR -8[rbp], 0
	jmp	.L63
.L62:
	cmp	DWORD PTR -8[rbp], 0
	jne	.L63
	mov	DWORD PTR -8[rbp], 1
	add	DWORD PTR -4[rbp], 1
.L63:
	add	QWORD PTR -24[rbp], 1
.L60:
	mov	rax, QWORD PTR -24[rbp]
	movzx	eax, BYTE PTR [rax]
	test	al, al
	jne	.L64
	mov	eax, DWORD PTR -4[rbp]
	pop	rbp
	ret
	.size	count_words, .-count_words
	.globl	count_vowels
	.type	count_vowels, @function
count_vowels:
	push	rbp
	mov	rbp, rsp
	mov	QWORD PTR -24[rbp], rdi
	mov	DWORD PTR -4[rbp], 0
	jmp	.L67
.L69:
	mov	rax, QWORD PTR -24[rbp]
	movzx	eax, BYTE PTR [rax]
	or	eax, 32
	movsx	eax, al
	sub	eax, 97
	cmp	eax, 20
	seta	dl
	test	dl, dl
	jne	.L68
	mov	edx, 1065233
	mov	ecx, eax
	shr	rdx, cl
	mov	rax, rdx
	and	eax, 1
	test	rax, rax
	setne	al
	test	al, al
	je	.L68
	add	DWORD PTR -4[rbp], 1
.L68:
	add	QWORD PTR -24[rbp], 1
.L67:
	mov	rax, QWORD PTR -24[rbp]
	movzx	eax, BYTE PTR [rax]
	test	al, al
	jne	.L69
	mov	eax, DWORD PTR -4[rbp]
	pop	rbp
	ret
	.size	count_vowels, .-count_vowels
	.globl	span_digits
	.type	span_digits, @function
span_digits:
	push	rbp
	mov	rbp, rsp
	mov	QWORD PTR -24[rbp], rdi
	mov	QWORD PTR -8[rbp], 0
	jmp	.L72
.L74:
	add	QWORD PTR -8[rbp], 1
.L72:
	mov	rdx, QWORD PTR -24[rbp]
	mov	rax, QWORD PTR -8[rbp]
	add	rax, rdx
	movzx	eax, BYTE PTR [rax]
	cmp	al, 47
	jle	.L73
	mov	rdx, QWORD PTR -24[rbp]
	mov	rax, QWORD PTR -8[rbp]
	add	rax, rdx
	movzx	eax, BYTE PTR [rax]
	cmp	al, 57
	jle	.L74
.L73:
	mov	rax, QWORD PTR -8[rbp]
	pop	rbp
	ret
	.size	span_digits, .-span_digits
	.globl	parse_hex
	.type	parse_hex, @function
parse_hex:
	push	rbp
	mov	rbp, rsp
	mov	QWORD PTR -24[rbp], rdi
	mov	DWORD PTR -4[rbp], 0
.L81:
	mov	rax, QWORD PTR -24[rbp]
	movzx	eax, BYTE PTR [rax]
	movsx	eax, al
	mov	DWORD PTR -12[rbp], eax
	cmp	DWORD PTR -12[rbp], 47
	jle	.L77
	cmp	DWORD PTR -12[rbp], 57
	jg	.L77
	mov	eax, DWORD PTR -12[rbp]
	sub	eax, 48
	mov	DWORD PTR -8[rbp], eax
	jmp	.L78
.L77:
	mov	eax, DWORD PTR -12[rbp]
	or	eax, 32
	cmp	eax, 96
	jle	.L79
	mov	eax, DWORD PTR -12[rbp]
	or	eax, 32
	cmp	eax, 102
	jg	.L79
	mov	eax, DWORD PTR -12[rbp]
	or	eax, 32
	sub	eax, 87
	mov	DWORD PTR -8[rbp], eax
	jmp	.L78
.L79:
	mov	eax, DWORD PTR -4[rbp]
	jmp	.L82
.L78:
	mov	eax, DWORD PTR -4[rbp]
	sal	eax, 4
	mov	edx, eax
	mov	eax, DWORD PTR -8[rbp]
	add	eax, edx
	mov	DWORD PTR -4[rbp], eax
	add	QWORD PTR -24[rbp], 1
	jmp	.L81
.L82:
	pop	rbp
	ret
	.size	parse_hex, .-parse_hex
	.globl	caesar
	.type	caesar, @function
caesar:
	push	rbp
	mov	rbp, rsp
	mov	QWORD PTR -8[rbp], rdi
	mov	DWORD PTR -12[rbp], esi
	mov	eax, DWORD PTR -12[rbp]
	movsx	rdx, eax
	imul	rdx, rdx, 1321528399
	shr	rdx, 32
	sar	edx, 3
	mov	ecx, eax
	sar	ecx, 31
	sub	edx, ecx
	imul	ecx, edx, 26
	sub	eax, ecx
	mov	edx, eax
	lea	eax, 26[rdx]
	movsx	rdx, eax
	imul	rdx, rdx, 1321528399
	shr	rdx, 32
	sar	edx, 3
	mov	ecx, eax
	sar	ecx, 31
	sub	edx, ecx
	mov	DWORD PTR -12[rbp], edx
	mov	edx, DWORD PTR -12[rbp]
	imul	edx, edx, 26
	sub	eax, edx
	mov	DWORD PTR -12[rbp], eax
	jmp	.L84
.L87:
	mov	rax, QWORD PTR -8[rbp]
	movzx	eax, BYTE PTR [rax]
	cmp	al, 96
	jle	.L85
	mov	rax, QWORD PTR -8[rbp]
	movzx	eax, BYTE PTR [rax]
	cmp	al, 122
	jg	.L85
	mov	rax, QWORD PTR -8[rbp]
	movzx	eax, BYTE PTR [rax]
	movsx	eax, al
	lea	edx, -97[rax]
	mov	eax, DWORD PTR -12[rbp]
	add	eax, edx
	movsx	rdx, eax
	imul	rdx, rdx, 1321528399
	shr	rdx, 32
	sar	edx, 3
	mov	ecx, eax
	sar	ecx, 31
	sub	edx, ecx
	imul	ecx, edx, 26
	sub	eax, ecx
	mov	edx, eax
	mov	eax, edx
	add	eax, 97
	mov	edx, eax
	mov	rax, QWORD PTR -8[rbp]
	mov	BYTE PTR [rax], dl
	jmp	.L86
.L85:
	mov	rax, QWORD PTR -8[rbp]
	movzx	eax, BYTE PTR [rax]
	cmp	al, 64
	jle	.L86
	mov	rax, QWORD PTR -8[rbp]
	movzx	eax, BYTE PTR [rax]
	cmp	al, 90
	jg	.L86
	mov	rax, QWORD PTR -8[rbp]
	movzx	eax, BYTE PTR [rax]
	movsx	eax, al
	lea	edx, -65[rax]
	mov	eax, DWORD PTR -12[rbp]
	add	eax, edx
	movsx	rdx, eax
	imul	rdx, rdx, 1321528399
	shr	rdx, 32
	sar	edx, 3
	mov	ecx, eax
	sar	ecx, 31
	sub	edx, ecx
	imul	ecx, edx, 26
	sub	eax, ecx
	mov	edx, eax
	mov	eax, edx
	add	eax, 65
	mov	edx, eax
	mov	rax, QWORD PTR -8[rbp]
	mov	BYTE PTR [rax], dl
.L86:
	add	QWORD PTR -8[rbp], 1
.L84:
	mov	rax, QWORD PTR -8[rbp]
	movzx	eax, BYTE PTR [rax]
	test	al, al
	jne	.L87
	nop
	nop
	pop	rbp
	ret
	.size	caesar, .-caesar
	.globl	starts_with
	.type	starts_with, @function
starts_with:
	push	rbp
	mov	rbp, rsp
	mov	QWORD PTR -8[rbp], rdi
	mov	QWORD PTR -16[rbp], rsi
	jmp	.L89
.L91:
	mov	rax, QWORD PTR -8[rbp]
	lea	rdx, 1[rax]
	mov	QWORD PTR -8[rbp], rdx
	movzx	ecx, BYTE PTR [rax]
	mov	rax, QWORD PTR -16[rbp]
	lea	rdx, 1[rax]
	mov	QWORD PTR -16[rbp], rdx
	movzx	eax, BYTE PTR [rax]
	cmp	cl, al
	je	.L89
	mov	eax, 0
	jmp	.L90
.L89:
	mov	rax, QWORD PTR -16[rbp]
	movzx	eax, BYTE PTR [rax]
	test	al, al
	jne	.L91
	mov	eax, 1
.L90:
	pop	rbp
	ret
	.size	starts_with, .-starts_with
	.globl	leading_spaces
	.type	leading_spaces, @function
leading_spaces:
	push	rbp
	mov	rbp, rsp
	mov	QWORD PTR -24[rbp], rdi
	mov	DWORD PTR -4[rbp], 0
	jmp	.L93
.L94:
	add	DWORD PTR -4[rbp], 1
.L93:
	mov	eax, DWORD PTR -4[rbp]
	movsx	rdx, eax
	mov	rax, QWORD PTR -24[rbp]
	add	rax, rdx
	movzx	eax, BYTE PTR [rax]
	cmp	al, 32
	je	.L94
	mov	eax, DWORD PTR -4[rbp]
	pop	rbp
	ret
	.size	leading_spaces, .-leading_spaces
	.globl	trailing_spaces
	.type	trailing_spaces, @function
trailing_spaces:
	push	rbp
	mov	rbp, rsp
	mov	QWORD PTR -24[rbp], rdi
	mov	DWORD PTR -4[rbp], 0
	mov	DWORD PTR -8[rbp], 0
	jmp	.L97
.L100:
	mov	eax, DWORD PTR -4[rbp]
	movsx	rdx, eax
	mov	rax, QWORD PTR -24[rbp]
	add	rax, rdx
	movzx	eax, BYTE PTR [rax]
	cmp	al, 32
	jne	.L98
	mov	eax, DWORD PTR -8[rbp]
	add	eax, 1
	jmp	.L99
.L98:
	mov	eax, 0
.L99:
	mov	DWORD PTR -8[rbp], eax
	add	DWORD PTR -4[rbp], 1
.L97:
	mov	eax, DWORD PTR -4[rbp]
	movsx	rdx, eax
	mov	rax, QWORD PTR -24[rbp]
	add	rax, rdx
	movzx	eax, BYTE PTR [rax]
	test	al, al
	jne	.L100
	mov	eax, DWORD PTR -8[rbp]
	pop	rbp
	ret
	.size	trailing_spaces, .-trailing_spaces
	.globl	strcasecmp_ascii
	.type	strcasecmp_ascii, @function
strcasecmp_ascii:
	push	rbp
	mov	rbp, rsp
	mov	QWORD PTR -24[rbp], rdi
	mov	QWORD PTR -32[rbp], rsi
.L110:
	mov	rax, QWORD PTR -24[rbp]
	movzx	eax, BYTE PTR [rax]
	or	eax, 32
	movsx	eax, al
	mov	DWORD PTR -4[rbp], eax
	mov	rax, QWORD PTR -32[rbp]
	movzx	eax, BYTE PTR [rax]
	or	eax, 32
	movsx	eax, al
	mov	DWORD PTR -8[rbp], eax
	mov	rax, QWORD PTR -24[rbp]
	movzx	eax, BYTE PTR [rax]
	test	al, al
	je	.L103
	mov	rax, QWORD PTR -32[rbp]
	movzx	eax, BYTE PTR [rax]
	test	al, al
	je	.L103
	mov	eax, DWORD PTR -4[rbp]
	cmp	eax, DWORD PTR -8[rbp]
	je	.L104
.L103:
	mov	rax, QWORD PTR -24[rbp]
	movzx	eax, BYTE PTR [rax]
	test	al, al
	je	.L105
	mov	edx, DWORD PTR -4[rbp]
	jmp	.L106
.L105:
	mov	edx, 0
.L106:
	mov	rax, QWORD PTR -32[rbp]
	movzx	eax, BYTE PTR [rax]
	test	al, al
	je	.L107
	mov	eax, DWORD PTR -8[rbp]
	jmp	.L108
.L107:
	mov	eax, 0
.L108:
	sub	edx, eax
	jmp	.L111
.L104:
	add	QWORD PTR -24[rbp], 1
	add	QWORD PTR -32[rbp], 1
	jmp	.L110
.L111:
	mov	eax, edx
	pop	rbp
	ret
	.size	strcasecmp_ascii, .-strcasecmp_ascii
	.globl	copy_string
	.type	copy_string, @function
copy_string:
	push	rbp
	mov	rbp, rsp
	mov	QWORD PTR -8[rbp], rdi
	mov	QWORD PTR -16[rbp], rsi
	nop
.L113:
	mov	rdx, QWORD PTR -16[rbp]
	lea	rax, 1[rdx]
	mov	QWORD PTR -16[rbp], rax
	mov	rax, QWORD PTR -8[rbp]
	lea	rcx, 1[rax]
	mov	QWORD PTR -8[rbp], rcx
	movzx	edx, BYTE PTR [rdx]
	mov	BYTE PTR [rax], dl
	movzx	eax, BYTE PTR [rax]
	test	al, al
	jne	.L113
	nop
	nop
	pop	rbp
	ret
	.size	copy_string, .-copy_string
	.globl	is_identifier
	.type	is_identifier, @function
is_identifier:
	push	rbp
	mov	rbp, rsp
	mov	QWORD PTR -8[rbp], rdi
	mov	rax, QWORD PTR -8[rbp]
	movzx	eax, BYTE PTR [rax]
	cmp	al, 95
	je	.L115
	mov	rax, QWORD PTR -8[rbp]
	movzx	eax, BYTE PTR [rax]
	or	eax, 32
	cmp	al, 96
	jle	.L116
	mov	rax, QWORD PTR -8[rbp]
	movzx	eax, BYTE PTR [rax]
	or	eax, 32
	cmp	al, 122
	jle	.L115
.L116:
	mov	eax, 0
	jmp	.L117
.L115:
	add	QWORD PTR -8[rbp], 1
	jmp	.L118
.L122:
	mov	rax, QWORD PTR -8[rbp]
	movzx	eax, BYTE PTR [rax]
	cmp	al, 95
	je	.L119
	mov	rax, QWORD PTR -8[rbp]
	movzx	eax, BYTE PTR [rax]
	cmp	al, 47
	jle	.L120
	mov	rax, QWORD PTR -8[rbp]
	movzx	eax, BYTE PTR [rax]
	cmp	al, 57
	jle	.L119
.L120:
	mov	rax, QWORD PTR -8[rbp]
	movzx	eax, BYTE PTR [rax]
	or	eax, 32
	cmp	al, 96
	jle	.L121
	mov	rax, QWORD PTR -8[rbp]
	movzx	eax, BYTE PTR [rax]
	or	eax, 32
	cmp	al, 122
	jle	.L119
.L121:
	mov	eax, 0
	jmp	.L117
.L119:
	add	QWORD PTR -8[rbp], 1
.L118:
	mov	rax, QWORD PTR -8[rbp]
	movzx	eax, BYTE PTR [rax]
	test	al, al
	jne	.L122
	mov	eax, 1
.L117:
	pop	rbp
	ret
	.size	is_identifier, .-is_identifier
	.globl	digit_sum_string
	.type	digit_sum_string, @function
digit_sum_string:
	push	rbp
	mov	rbp, rsp
	mov	QWORD PTR -24[rbp], rdi
	mov	DWORD PTR -4[rbp], 0
	jmp	.L124
.L126:
	mov	rax, QWORD PTR -24[rbp]
	movzx	eax, BYTE PTR [rax]
	cmp	al, 47
	jle	.L125
	mov	rax, QWORD PTR -24[rbp]
	movzx	eax, BYTE PTR [rax]
	cmp	al, 57
	jg	.L125
	mov	rax, QWORD PTR -24[rbp]
	movzx	eax, BYTE PTR [rax]
	movsx	eax, al
	sub	eax, 48
	add	DWORD PTR -4[rbp], eax
.L125:
	add	QWORD PTR -24[rbp], 1
.L124:
	mov	rax, QWORD PTR -24[rbp]
	movzx	eax, BYTE PTR [rax]
	test	al, al
	jne	.L126
	mov	eax, DWORD PTR -4[rbp]
	pop	rbp
	ret
	.size	digit_sum_string, .-digit_sum_string
	.globl	squeeze_spaces
	.type	squeeze_spaces, @function
squeeze_spaces:
	push	rbp
	mov	rbp, rsp
	mov	QWORD PTR -24[rbp], rdi
	mov	rax, QWORD PTR -24[rbp]
	mov	QWORD PTR -8[rbp], rax
	mov	DWORD PTR -12[rbp], 0
	jmp	.L129
.L132:
	mov	rax, QWORD PTR -24[rbp]
	movzx	eax, BYTE PTR [rax]
	cmp	al, 32
	jne	.L130
	cmp	DWORD PTR -12[rbp], 0
	jne	.L133
.L130:
	mov	rax, QWORD PTR -24[rbp]
	movzx	eax, BYTE PTR [rax]
	cmp	al, 32
	sete	al
	movzx	eax, al
	mov	DWORD PTR -12[rbp], eax
	mov	rax, QWORD PTR -8[rbp]
	lea	rdx, 1[rax]
	mov	QWORD PTR -8[rbp], rdx
	mov	rdx, QWORD PTR -24[rbp]
	movzx	edx, BYTE PTR [rdx]
	mov	BYTE PTR [rax], dl
	jmp	.L131
.L133:
	nop
.L131:
	add	QWORD PTR -24[rbp], 1
.L129:
	mov	rax, QWORD PTR -24[rbp]
	movzx	eax, BYTE PTR [rax]
	test	al, al
	jne	.L132
	mov	rax, QWORD PTR -8[rbp]
	mov	BYTE PTR [rax], 0
	nop
	pop	rbp
	ret
	.size	squeeze_spaces, .-squeeze_spaces
	.ident	"GCC: (Debian 12.2.0-14+deb12u1) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
