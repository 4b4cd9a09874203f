	.file	"strings.c"
	.intel_syntax noprefix
	.text
	.globl	my_strlen
	.type	my_strlen, @function
my_strlen:
	mov	rax, rdi
.L2:
	cmp	BYTE PTR [rax], 0
	je	.L5
	inc	rax
	jmp	.L2
.L5:
	sub	rax, rdi
	ret
	.size	my_strlen, .-my_strlen
	.globl	my_strcmp
	.type	my_strcmp, @function
my_strcmp:
	xor	ecx, ecx
.L8:
	movzx	eax, BYTE PTR [rdi+rcx]
	movzx	edx, BYTE PTR [rsi+rcx]
	test	al, al
	je	.L7
	inc	rcx
	cmp	al, dl
	je	.L8
.L7:
	sub	eax, edx
	ret
	.size	my_strcmp, .-my_strcmp
	.globl	index_of
	.type	index_of, @function
index_of:
	xor	eax, eax
.L14:
	movsx	edx, BYTE PTR [rdi+rax]
	test	dl, dl
	je	.L18
	lea	rcx, 1[rax]
	cmp	edx, esi
	je	.L13
	mov	rax, rcx
	jmp	.L14
.L18:
	or	eax, -1
.L13:
	ret
	.size	index_of, .-index_of
	.globl	last_index_of
	.type	last_index_of, @function
last_index_of:
	xor	edx, edx
	or	ecx, -1
.L20:
	movsx	eax, BYTE PTR [rdi+rdx]
	test	al, al
	je	.L23
	cmp	eax, esi
	cmove	ecx, edx
	inc	rdx
	jmp	.L20
.L23:
	mov	eax, ecx
	ret
	.size	last_index_of, .-last_index_of
	.globl	count_char
	.type	count_char, @function
count_char:
	xor	edx, edx
.L25:
	movsx	eax, BYTE PTR [rdi]
	test	al, al
	je	.L27
	cmp	eax, esi
	sete	al
	inc	rdi
	movzx	eax, al
	add	edx, eax
	jmp	.L25
.L27:
	mov	eax, edx
	ret
	.size	count_char, .-count_char
	.globl	to_upper
	.type	to_upper, @function
to_upper:
.L29:
	mov	al, BYTE PTR [rdi]
	test	al, al
	je	.L32
	lea	edx, -97[rax]
	cmp	dl, 25
	ja	.L30
	sub	eax, 32
	mov	BYTE PTR [rdi], al
.L30:
	inc	rdi
	jmp	.L29
.L32:
	ret
	.size	to_upper, .-to_upper
	.globl	to_lower
	.type	to_lower, @function
to_lower:
.L34:
	mov	al, BYTE PTR [rdi]
	test	al, al
	je	.L37
	lea	edx, -65[rax]
	cmp	dl, 25
	ja	.L35
	add	eax, 32
	mov	BYTE PTR [rdi], al
.L35:
	inc	rdi
	jmp	.L34
.L37:
	ret
	.size	to_lower, .-to_lower
	.globl	reverse_string
	.type	reverse_string, @function
reverse_string:
	push	rbx
	mov	rbx, rdi
	call	strlen@PLT
	xor	edx, edx
	mov	rcx, rax
	add	rax, rbx
	shr	rcx
.L39:
	dec	rax
	cmp	rcx, rdx
	je	.L42
	mov	sil, BYTE PTR [rbx+rdx]
	mov	dil, BYTE PTR [rax]
	mov	BYTE PTR [rbx+rdx], dil
	inc	rdx
	mov	BYTE PTR [rax], sil
	jmp	.L39
.L42:
	pop	rbx
	ret
	.size	reverse_string, .-reverse_string
	.globl	is_palindrome
	.type	is_palindrome, @function
is_palindrome:
	push	rbx
	mov	rbx, rdi
	call	strlen@PLT
	xor	edx, edx
	dec	eax
	cdqe
.L44:
	cmp	edx, eax
	jge	.L49
	mov	sil, BYTE PTR [rbx+rdx]
	mov	cl, BYTE PTR [rbx+rax]
	inc	rdx
	dec	rax
	cmp	sil, cl
	je	.L44
	xor	eax, eax
	jmp	.L43
.L49:
	mov	eax, 1
.L43:
	pop	rbx
	ret
	.size	is_palindrome, .-is_palindrome
	.globl	my_atoi
	.type	my_atoi, @function
my_atoi:
.L51:
	mov	al, BYTE PTR [rdi]
	cmp	al, 32
	jne	.L58
	inc	rdi
	jmp	.L51
.L58:
	lea	edx, -43[rax]
	mov	ecx, 1
	and	dl, -3
	jne	.L53
	xor	ecx, ecx
	inc	rdi
	cmp	al, 45
	setne	cl
	lea	ecx, -1[rcx+rcx]
.L53:
	xor	eax, eax
.L54:
	mov	sil, BYTE PTR [rdi]
	lea	edx, -48[rsi]
	cmp	dl, 9
	ja	.L59
	imul	eax, eax, 10
	movsx	edx, dl
	inc	rdi
	add	eax, edx
	jmp	.L54
.L59:
	imul	eax, ecx
	ret
	.size	my_atoi, .-my_atoi
	.globl	utoa_len
	.type	utoa_len, @function
utoa_len:
	mov	rcx, rsi
	xor	r8d, r8d
	lea	rsi, -12[rsp]
	mov	r9d, 10
.L61:
	mov	eax, edi
	xor	edx, edx
	div	r9d
	add	edx, 48
	mov	BYTE PTR [r8+rsi], dl
	mov	edx, edi
	mov	edi, eax
	mov	rax, r8
	lea	r8, 1[r8]
	cmp	edx, 9
	ja	.L61
	movsx	r8, eax
	xor	edx, edx
	mov	rdi, r8
	add	rsi, r8
.L62:
	mov	r8, rdx
	neg	r8
	mov	r8b, BYTE PTR [rsi+r8]
	mov	BYTE PTR [rcx+rdx], r8b
	inc	rdx
	lea	r8d, -1[rdx]
	cmp	edi, r8d
	jg	.L62
	inc	eax
	movsx	rdx, eax
	mov	BYTE PTR [rcx+rdx], 0
	ret
	.size	utoa_len, .-utoa_len
	.globl	count_words
	.type	count_words, @function
count_words:
	xor	edx, edx
	xor	ecx, ecx
.L66:
	mov	al, BYTE PTR [rdi]
	test	al, al
	je	.L73
	cmp	al, 10
	jg	.L67
	cmp	al, 8
	jle	.L69
	jmp	.L72
.L67:
	cmp	al, 32
	je	.L72
.L69:
	test	edx, edx
	jne	.L68
	inc	ecx
	mov	edx, 1
	jmp	.L68
.L72:
	xor	edx, edx
.L68:
	inc	rdi
	jmp	.L66
.L73:
	mov	eax, ecx
	ret
	.size	count_words, .-count_words
	.globl	count_vowels
	.type	count_vowels, @function
count_vowels:
	xor	eax, eax
	mov	esi, 1065233
.L75:
	mov	cl, BYTE PTR [rdi]
	test	cl, cl
	je	.L80
	or	ecx, 32
	sub	ecx, 97
	cmp	cl, 20
	ja	.L76
	mov	rdx, rsi
	shr	rdx, cl
	and	edx, 1
	cmp	dl, 1
	sbb	eax, -1
.L76:
	inc	rdi
	jmp	.L75
.L80:
	ret
	.size	count_vowels, .-count_vowels
	.globl	span_digits
	.type	span_digits, @function
span_digits:
	xor	eax, eax
.L82:
	mov	cl, BYTE PTR [rdi+rax]
	lea	edx, -48[rcx]
	cmp	dl, 9
	ja	.L84
	inc	rax
	jmp	.L82
.L84:
	ret
	.size	span_digits, .-span_digits
	.globl	parse_hex
	.type	parse_hex, @function
parse_hex:
	xor	eax, eax
.L89:
	movsx	edx, BYTE PTR [rdi]
	mov	ecx, edx
	sub	edx, 48
	cmp	edx, 9
	jbe	.L87
	or	ecx, 32
	movsx	edx, cl
	lea	ecx, -97[rdx]
	cmp	ecx, 5
	ja	.L85
	sub	edx, 87
.L87:
	sal	eax, 4
	inc	rdi
	add	eax, edx
	jmp	.L89
.L85:
	ret
	.size	parse_hex, .-parse_hex
	.globl	caesar
	.type	caesar, @function
caesar:
	mov	eax, esi
	mov	r8d, 26
	mov	rcx, rdi
	mov	esi, 26
	cdq
	idiv	r8d
	lea	eax, 26[rdx]
	cdq
	idiv	r8d
	mov	edi, edx
.L91:
	mov	dl, BYTE PTR [rcx]
	test	dl, dl
	je	.L96
	lea	eax, -97[rdx]
	cmp	al, 25
	ja	.L92
	movsx	eax, al
	add	eax, edi
	cdq
	idiv	esi
	add	edx, 97
	jmp	.L95
.L92:
	sub	edx, 65
	cmp	dl, 25
	ja	.L93
	movsx	edx, dl
	lea	eax, [rdx+rdi]
	cdq
	idiv	esi
	add	edx, 65
.L95:
	mov	BYTE PTR [rcx], dl
.L93:
	inc	rcx
	jmp	.L91
.L96:
	ret
	.size	caesar, .-caesar
	.globl	starts_with
	.type	starts_with, @function
starts_with:
	xor	eax, eax
.L98:
	mov	dl, BYTE PTR [rsi+rax]
	test	dl, dl
	je	.L102
	mov	cl, BYTE PTR [rdi+rax]
	inc	rax
	cmp	cl, dl
	je	.L98
	xor	eax, eax
	ret
.L102:
	mov	eax, 1
	ret
	.size	starts_with, .-starts_with
	.globl	leading_spaces
	.type	leading_spaces, @function
leading_spaces:
	xor	edx, edx
.L104:
	mov	rax, rdx
	inc	rdx
	cmp	BYTE PTR -1[rdi+rdx], 32
	je	.L104
	ret
	.size	leading_spaces, .-leading_spaces
	.globl	trailing_spaces
	.type	trailing_spaces, @function
trailing_spaces:
	xor	eax, eax
.L107:
	mov	dl, BYTE PTR [rdi]
	test	dl, dl
	je	.L111
	inc	eax
	cmp	dl, 32
	je	.L108
	xor	eax, eax
.L108:
	inc	rdi
	jmp	.L107
.L111:
	ret
	.size	trailing_spaces, .-trailing_spaces
	.globl	strcasecmp_ascii
	.type	strcasecmp_ascii, @function
strcasecmp_ascii:
	xor	ecx, ecx
.L115:
	mov	r9b, BYTE PTR [rdi+rcx]
	mov	r8b, BYTE PTR [rsi+rcx]
	mov	eax, r9d
	mov	edx, r8d
	or	eax, 32
	or	edx, 32
	movsx	eax, al
	movsx	edx, dl
	test	r9b, r9b
	je	.L117
	test	r8b, r8b
	je	.L118
	inc	rcx
	cmp	eax, edx
	je	.L115
	jmp	.L113
.L117:
	xor	eax, eax
.L113:
	test	r8b, r8b
	jne	.L116
.L118:
	xor	edx, edx
.L116:
	sub	eax, edx
	ret
	.size	strcasecmp_ascii, .-strcasecmp_ascii
	.globl	copy_string
	.type	copy_string, @function
copy_string:
	xor	eax, eax
.L123:
	mov	dl, BYTE PTR [rsi+rax]
	mov	BYTE PTR [rdi+rax], dl
	inc	rax
	test	dl, dl
	jne	.L123
	ret
	.size	copy_string, .-copy_string
	.globl	is_identifier
	.type	is_identifier, @function
is_identifier:
	mov	al, BYTE PTR [rdi]
	cmp	al, 95
	je	.L129
	or	eax, 32
	lea	edx, -97[rax]
	xor	eax, eax
	cmp	dl, 25
	jbe	.L129
	jmp	.L125
.L130:
	lea	edx, -48[rax]
	cmp	dl, 9
	ja	.L142
.L129:
	mov	al, BYTE PTR 1[rdi]
	inc	rdi
	test	al, al
	jne	.L130
	jmp	.L143
.L142:
	cmp	al, 95
	je	.L129
	or	eax, 32
	sub	eax, 97
	cmp	al, 25
	jbe	.L129
	xor	eax, eax
	jmp	.L125
.L143:
	mov	eax, 1
	ret
.L125:
	ret
	.size	is_identifier, .-is_identifier
	.globl	digit_sum_string
	.type	digit_sum_string, @function
digit_sum_string:
	xor	edx, edx
.L145:
	mov	al, BYTE PTR [rdi]
	test	al, al
	je	.L148
	sub	eax, 48
	cmp	al, 9
	ja	.L146
	movsx	eax, al
	add	edx, eax
.L146:
	inc	rdi
	jmp	.L145
.L148:
	mov	eax, edx
	ret
	.size	digit_sum_string, .-digit_sum_string
	.globl	squeeze_spaces
	.type	squeeze_spaces, @function
squeeze_spaces:
	mov	rdx, rdi
	xor	ecx, ecx
.L150:
	mov	al, BYTE PTR [rdx]
	test	al, al
	je	.L159
	cmp	al, 32
	sete	sil
	test	ecx, ecx
	je	.L155
	mov	ecx, 1
	test	sil, sil
	jne	.L151
.L155:
	mov	BYTE PTR [rdi], al
	movzx	ecx, sil
	inc	rdi
.L151:
	inc	rdx
	jmp	.L150
.L159:
	mov	BYTE PTR [rdi], 0
	ret
	.size	squeeze_spaces, .-squeeze_spaces
	.ident	"GCC: (Debian 12.2.0-14+deb12u1) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
