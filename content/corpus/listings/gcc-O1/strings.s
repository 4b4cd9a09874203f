	.file	"strings.c"
	.intel_syntax noprefix
	.text
	.globl	my_strlen
	.type	my_strlen, @function
my_strlen:
	cmp	BYTE PTR [rdi], 0
	je	.L4
	mov	rax, rdi
.L3:
	add	rax, 1
	cmp	BYTE PTR [rax], 0
	jne	.L3
.L2:
	sub	rax, rdi
	ret
.L4:
	mov	rax, rdi
	jmp	.L2
	.size	my_strlen, .-my_strlen
	.globl	my_strcmp
	.type	my_strcmp, @function
my_strcmp:
	movzx	eax, BYTE PTR [rdi]
	test	al, al
	je	.L8
.L7:
	cmp	BYTE PTR [rsi], al
	jne	.L8
	add	rdi, 1
	add	rsi, 1
	movzx	eax, BYTE PTR [rdi]
	test	al, al
	jne	.L7
.L8:
	movzx	eax, al
	movzx	edx, BYTE PTR [rsi]
	sub	eax, edx
	ret
	.size	my_strcmp, .-my_strcmp
	.globl	index_of
	.type	index_of, @function
index_of:
	movzx	edx, BYTE PTR [rdi]
	test	dl, dl
	je	.L15
	mov	eax, 0
.L14:
	movsx	edx, dl
	cmp	edx, esi
	je	.L11
	add	rax, 1
	movzx	edx, BYTE PTR [rdi+rax]
	test	dl, dl
	jne	.L14
	mov	eax, -1
	ret
.L15:
	mov	eax, -1
.L11:
	ret
	.size	index_of, .-index_of
	.globl	last_index_of
	.type	last_index_of, @function
last_index_of:
	movzx	eax, BYTE PTR [rdi]
	test	al, al
	je	.L21
	mov	edx, 0
	mov	ecx, -1
.L20:
	movsx	eax, al
	cmp	eax, esi
	cmove	ecx, edx
	add	rdx, 1
	movzx	eax, BYTE PTR [rdi+rdx]
	test	al, al
	jne	.L20
.L17:
	mov	eax, ecx
	ret
.L21:
	mov	ecx, -1
	jmp	.L17
	.size	last_index_of, .-last_index_of
	.globl	count_char
	.type	count_char, @function
count_char:
	movzx	eax, BYTE PTR [rdi]
	test	al, al
	je	.L26
	mov	edx, 0
.L25:
	movsx	eax, al
	cmp	eax, esi
	sete	al
	movzx	eax, al
	add	edx, eax
	add	rdi, 1
	movzx	eax, BYTE PTR [rdi]
	test	al, al
	jne	.L25
.L23:
	mov	eax, edx
	ret
.L26:
	mov	edx, 0
	jmp	.L23
	.size	count_char, .-count_char
	.globl	to_upper
	.type	to_upper, @function
to_upper:
	movzx	eax, BYTE PTR [rdi]
	test	al, al
	jne	.L31
.L28:
	ret
.L30:
	add	rdi, 1
	movzx	eax, BYTE PTR [rdi]
	test	al, al
	je	.L28
.L31:
	lea	edx, -97[rax]
	cmp	dl, 25
	ja	.L30
	sub	eax, 32
	mov	BYTE PTR [rdi], al
	jmp	.L30
	.size	to_upper, .-to_upper
	.globl	to_lower
	.type	to_lower, @function
to_lower:
	movzx	eax, BYTE PTR [rdi]
	test	al, al
	jne	.L36
.L33:
	ret
.L35:
	add	rdi, 1
	movzx	eax, BYTE PTR [rdi]
	test	al, al
	je	.L33
.L36:
	lea	edx, -65[rax]
	cmp	dl, 25
	ja	.L35
	add	eax, 32
	mov	BYTE PTR [rdi], al
	jmp	.L35
	.size	to_lower, .-to_lower
	.globl	reverse_string
	.type	reverse_string, @function
reverse_string:
	cmp	BYTE PTR [rdi], 0
	je	.L38
	mov	edx, 0
.L40:
	mov	rax, rdx
	add	rdx, 1
	cmp	BYTE PTR [rdi+rdx], 0
	jne	.L40
	mov	r8, rdx
	shr	r8
	cmp	rdx, 1
	jbe	.L38
	add	rax, rdi
	mov	edx, 0
.L41:
	movzx	ecx, BYTE PTR [rdi+rdx]
	movzx	esi, BYTE PTR [rax]
	mov	BYTE PTR [rdi+rdx], sil
	mov	BYTE PTR [rax], cl
	add	rdx, 1
	sub	rax, 1
	cmp	rdx, r8
	jb	.L41
.L38:
	ret
	.size	reverse_string, .-reverse_string
	.globl	is_palindrome
	.type	is_palindrome, @function
is_palindrome:
	cmp	BYTE PTR [rdi], 0
	je	.L50
	mov	edx, 1
.L46:
	mov	rax, rdx
	add	rdx, 1
	cmp	BYTE PTR -1[rdi+rdx], 0
	jne	.L46
.L45:
	sub	eax, 1
	cdqe
	mov	edx, 0
.L47:
	cmp	edx, eax
	jge	.L53
	movzx	esi, BYTE PTR [rdi+rdx]
	movzx	ecx, BYTE PTR [rdi+rax]
	add	rdx, 1
	sub	rax, 1
	cmp	sil, cl
	je	.L47
	mov	eax, 0
	ret
.L50:
	mov	eax, 0
	jmp	.L45
.L53:
	mov	eax, 1
	ret
	.size	is_palindrome, .-is_palindrome
	.globl	my_atoi
	.type	my_atoi, @function
my_atoi:
	movzx	edx, BYTE PTR [rdi]
	cmp	dl, 32
	jne	.L55
.L56:
	add	rdi, 1
	movzx	edx, BYTE PTR [rdi]
	cmp	dl, 32
	je	.L56
.L55:
	lea	ecx, -43[rdx]
	mov	eax, 1
	test	cl, -3
	jne	.L57
	add	rdi, 1
	cmp	dl, 45
	setne	al
	movzx	eax, al
	lea	eax, -1[rax+rax]
.L57:
	movzx	edx, BYTE PTR [rdi]
	lea	esi, -48[rdx]
	mov	ecx, 0
	cmp	sil, 9
	ja	.L59
.L58:
	lea	ecx, [rcx+rcx*4]
	add	rdi, 1
	movsx	edx, dl
	lea	ecx, -48[rdx+rcx*2]
	movzx	edx, BYTE PTR [rdi]
	lea	esi, -48[rdx]
	cmp	sil, 9
	jbe	.L58
.L59:
	imul	eax, ecx
	ret
	.size	my_atoi, .-my_atoi
	.globl	utoa_len
	.type	utoa_len, @function
utoa_len:
	mov	edx, edi
	mov	r10, rsi
	lea	r8, -12[rsp]
	mov	edi, 0
	mov	r11d, 3435973837
.L67:
	mov	r9d, edi
	add	edi, 1
	mov	eax, edx
	imul	rax, r11
	shr	rax, 35
	lea	esi, [rax+rax*4]
	add	esi, esi
	mov	ecx, edx
	sub	ecx, esi
	add	ecx, 48
	mov	BYTE PTR [r8], cl
	mov	ecx, edx
	mov	edx, eax
	add	r8, 1
	cmp	ecx, 9
	ja	.L67
	test	edi, edi
	jle	.L68
	movsx	rax, r9d
	lea	rcx, -12[rsp+rax]
	mov	rax, r10
.L69:
	movzx	edx, BYTE PTR [rcx]
	mov	BYTE PTR [rax], dl
	sub	rcx, 1
	add	rax, 1
	mov	edx, eax
	sub	edx, r10d
	sub	edx, 1
	cmp	r9d, edx
	jg	.L69
.L68:
	movsx	rax, edi
	mov	BYTE PTR [r10+rax], 0
	mov	eax, edi
	ret
	.size	utoa_len, .-utoa_len
	.globl	count_words
	.type	count_words, @function
count_words:
	movzx	eax, BYTE PTR [rdi]
	test	al, al
	je	.L78
	mov	edx, 0
	mov	esi, 0
	mov	r8d, 1
	mov	ecx, 0
	jmp	.L77
.L74:
	cmp	al, 32
	jne	.L76
	mov	edx, ecx
.L75:
	add	rdi, 1
	movzx	eax, BYTE PTR [rdi]
	test	al, al
	je	.L72
.L77:
	cmp	al, 10
	jg	.L74
	cmp	al, 8
	jg	.L82
.L76:
	test	edx, edx
	jne	.L75
	add	esi, 1
	mov	edx, r8d
	jmp	.L75
.L82:
	mov	edx, ecx
	jmp	.L75
.L78:
	mov	esi, 0
.L72:
	mov	eax, esi
	ret
	.size	count_words, .-count_words
	.globl	count_vowels
	.type	count_vowels, @function
count_vowels:
	movzx	ecx, BYTE PTR [rdi]
	test	cl, cl
	je	.L87
	mov	edx, 0
	mov	esi, 1065233
	jmp	.L86
.L85:
	add	rdi, 1
	movzx	ecx, BYTE PTR [rdi]
	test	cl, cl
	je	.L83
.L86:
	or	ecx, 32
	sub	ecx, 97
	cmp	cl, 20
	ja	.L85
	mov	rax, rsi
	shr	rax, cl
	and	eax, 1
	add	edx, eax
	jmp	.L85
.L87:
	mov	edx, 0
.L83:
	mov	eax, edx
	ret
	.size	count_vowels, .-count_vowels
	.globl	span_digits
	.type	span_digits, @function
span_digits:
	movzx	eax, BYTE PTR [rdi]
	sub	eax, 48
	cmp	al, 9
	ja	.L92
	mov	edx, 0
.L91:
	add	rdx, 1
	movzx	eax, BYTE PTR [rdi+rdx]
	sub	eax, 48
	cmp	al, 9
	jbe	.L91
.L89:
	mov	rax, rdx
	ret
.L92:
	mov	edx, 0
	jmp	.L89
	.size	span_digits, .-span_digits
	.globl	parse_hex
	.type	parse_hex, @function
parse_hex:
	mov	eax, 0
	jmp	.L98
.L99:
	mov	edx, ecx
.L96:
	sal	eax, 4
	add	eax, edx
	add	rdi, 1
.L98:
	movzx	edx, BYTE PTR [rdi]
	movsx	ecx, dl
	sub	ecx, 48
	cmp	ecx, 9
	jbe	.L99
	or	edx, 32
	movsx	edx, dl
	lea	ecx, -97[rdx]
	cmp	ecx, 5
	ja	.L94
	sub	edx, 87
	jmp	.L96
.L94:
	ret
	.size	parse_hex, .-parse_hex
	.globl	caesar
	.type	caesar, @function
caesar:
	mov	rdx, rdi
	mov	eax, esi
	movsx	rcx, esi
	imul	rcx, rcx, 1321528399
	sar	rcx, 35
	sar	esi, 31
	sub	ecx, esi
	imul	ecx, ecx, 26
	sub	eax, ecx
	add	eax, 26
	movsx	rsi, eax
	imul	rsi, rsi, 1321528399
	sar	rsi, 35
	mov	ecx, eax
	sar	ecx, 31
	sub	esi, ecx
	imul	ecx, esi, 26
	sub	eax, ecx
	mov	esi, eax
	movzx	eax, BYTE PTR [rdi]
	test	al, al
	jne	.L104
.L100:
	ret
.L102:
	lea	ecx, -65[rax]
	cmp	cl, 25
	ja	.L103
	movsx	eax, al
	lea	ecx, -65[rsi+rax]
	movsx	rax, ecx
	imul	rax, rax, 1321528399
	sar	rax, 35
	mov	edi, ecx
	sar	edi, 31
	sub	eax, edi
	imul	eax, eax, 26
	sub	ecx, eax
	add	ecx, 65
	mov	BYTE PTR [rdx], cl
.L103:
	add	rdx, 1
	movzx	eax, BYTE PTR [rdx]
	test	al, al
	je	.L100
.L104:
	lea	ecx, -97[rax]
	cmp	cl, 25
	ja	.L102
	movsx	eax, al
	lea	ecx, -97[rsi+rax]
	movsx	rax, ecx
	imul	rax, rax, 1321528399
	sar	rax, 35
	mov	edi, ecx
	sar	edi, 31
	sub	eax, edi
	imul	eax, eax, 26
	sub	ecx, eax
	add	ecx, 97
	mov	BYTE PTR [rdx], cl
	jmp	.L103
	.size	caesar, .-caesar
	.globl	starts_with
	.type	starts_with, @function
starts_with:
	mov	eax, 0
.L107:
	movzx	edx, BYTE PTR [rsi+rax]
	test	dl, dl
	je	.L111
	movzx	ecx, BYTE PTR [rdi+rax]
	add	rax, 1
	cmp	cl, dl
	je	.L107
	mov	eax, 0
	ret
.L111:
	mov	eax, 1
	ret
	.size	starts_with, .-starts_with
	.globl	leading_spaces
	.type	leading_spaces, @function
leading_spaces:
	cmp	BYTE PTR [rdi], 32
	jne	.L115
	mov	edx, 1
.L114:
	mov	rax, rdx
	add	rdx, 1
	cmp	BYTE PTR -1[rdi+rdx], 32
	je	.L114
	ret
.L115:
	mov	eax, 0
	ret
	.size	leading_spaces, .-leading_spaces
	.globl	trailing_spaces
	.type	trailing_spaces, @function
trailing_spaces:
	movzx	edx, BYTE PTR [rdi]
	test	dl, dl
	je	.L121
	add	rdi, 1
	mov	eax, 0
	mov	ecx, 0
.L120:
	add	eax, 1
	cmp	dl, 32
	cmovne	eax, ecx
	add	rdi, 1
	movzx	edx, BYTE PTR -1[rdi]
	test	dl, dl
	jne	.L120
	ret
.L121:
	mov	eax, 0
	ret
	.size	trailing_spaces, .-trailing_spaces
	.globl	strcasecmp_ascii
	.type	strcasecmp_ascii, @function
strcasecmp_ascii:
	mov	r10, rdi
	mov	r11, rsi
	movzx	esi, BYTE PTR [rdi]
	mov	eax, esi
	or	eax, 32
	movsx	eax, al
	movzx	edi, BYTE PTR [r11]
	mov	edx, edi
	or	edx, 32
	movsx	edx, dl
	test	dil, dil
	sete	cl
	test	sil, sil
	sete	r8b
	or	cl, r8b
	jne	.L129
	mov	ecx, 1
	cmp	eax, edx
	jne	.L129
.L125:
	movzx	esi, BYTE PTR [r10+rcx]
	mov	eax, esi
	or	eax, 32
	movsx	eax, al
	movzx	edi, BYTE PTR [r11+rcx]
	mov	edx, edi
	or	edx, 32
	movsx	edx, dl
	add	rcx, 1
	test	dil, dil
	sete	r8b
	test	sil, sil
	sete	r9b
	or	r8b, r9b
	jne	.L129
	cmp	eax, edx
	je	.L125
.L129:
	test	sil, sil
	mov	ecx, 0
	cmove	eax, ecx
	test	dil, dil
	cmove	edx, ecx
	sub	eax, edx
	ret
	.size	strcasecmp_ascii, .-strcasecmp_ascii
	.globl	copy_string
	.type	copy_string, @function
copy_string:
	mov	eax, 0
.L134:
	movzx	edx, BYTE PTR [rsi+rax]
	mov	BYTE PTR [rdi+rax], dl
	add	rax, 1
	test	dl, dl
	jne	.L134
	ret
	.size	copy_string, .-copy_string
	.globl	is_identifier
	.type	is_identifier, @function
is_identifier:
	movzx	eax, BYTE PTR [rdi]
	cmp	al, 95
	je	.L137
	or	eax, 32
	sub	eax, 97
	mov	edx, 0
	cmp	al, 25
	ja	.L136
.L137:
	lea	rdx, 1[rdi]
	movzx	eax, BYTE PTR 1[rdi]
	test	al, al
	jne	.L140
	mov	edx, 1
	jmp	.L136
.L139:
	add	rdx, 1
	movzx	eax, BYTE PTR [rdx]
	test	al, al
	je	.L145
.L140:
	lea	ecx, -48[rax]
	cmp	cl, 9
	jbe	.L139
	cmp	al, 95
	je	.L139
	or	eax, 32
	sub	eax, 97
	cmp	al, 25
	jbe	.L139
	mov	edx, 0
	jmp	.L136
.L145:
	mov	edx, 1
.L136:
	mov	eax, edx
	ret
	.size	is_identifier, .-is_identifier
	.globl	digit_sum_string
	.type	digit_sum_string, @function
digit_sum_string:
	movzx	eax, BYTE PTR [rdi]
	test	al, al
	je	.L150
	mov	ecx, 0
	jmp	.L149
.L148:
	add	rdi, 1
	movzx	eax, BYTE PTR [rdi]
	test	al, al
	je	.L146
.L149:
	lea	edx, -48[rax]
	cmp	dl, 9
	ja	.L148
	movsx	eax, al
	lea	ecx, -48[rcx+rax]
	jmp	.L148
.L150:
	mov	ecx, 0
.L146:
	mov	eax, ecx
	ret
	.size	digit_sum_string, .-digit_sum_string
	.globl	squeeze_spaces
	.type	squeeze_spaces, @function
squeeze_spaces:
	movzx	eax, BYTE PTR [rdi]
	test	al, al
	je	.L157
	mov	rdx, rdi
	mov	esi, 0
	jmp	.L156
.L158:
	movzx	esi, cl
	mov	BYTE PTR [rdx], al
	lea	rdx, 1[rdx]
.L154:
	add	rdi, 1
	movzx	eax, BYTE PTR [rdi]
	test	al, al
	je	.L153
.L156:
	cmp	al, 32
	sete	cl
	test	esi, esi
	je	.L158
	test	cl, cl
	je	.L158
	jmp	.L154
.L157:
	mov	rdx, rdi
.L153:
	mov	BYTE PTR [rdx], 0
	ret
	.size	squeeze_spaces, .-squeeze_spaces
	.ident	"GCC: (Debian 12.2.0-14+deb12u1) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
