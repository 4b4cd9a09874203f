	.file	"strings.c"
	.intel_syntax noprefix
	.text
	.p2align 4
	.globl	my_strlen
	.type	my_strlen, @function
my_strlen:
	cmp	BYTE PTR [rdi], 0
	je	.L4
	mov	rax, rdi
	.p2align 4,,10
	.p2align 3
.L3:
	add	rax, 1
	cmp	BYTE PTR [rax], 0
	jne	.L3
	sub	rax, rdi
	ret
	.p2align 4,,10
	.p2align 3
.L4:
	xor	eax, eax
	ret
	.size	my_strlen, .-my_strlen
	.p2align 4
	.globl	my_strcmp
	.type	my_strcmp, @function
my_strcmp:
	movzx	eax, BYTE PTR [rdi]
	test	al, al
	jne	.L8
	jmp	.L13
	.p2align 4,,10
	.p2align 3
.L10:
	movzx	eax, BYTE PTR 1[rdi]
	add	rdi, 1
	lea	rdx, 1[rsi]
	test	al, al
	je	.L14
	mov	rsi, rdx
.L8:
	movzx	edx, BYTE PTR [rsi]
	cmp	dl, al
	je	.L10
.L9:
	sub	eax, edx
	ret
	.p2align 4,,10
	.p2align 3
.L14:
	movzx	edx, BYTE PTR 1[rsi]
	xor	eax, eax
	sub	eax, edx
	ret
.L13:
	movzx	edx, BYTE PTR [rsi]
	xor	eax, eax
	jmp	.L9
	.size	my_strcmp, .-my_strcmp
	.p2align 4
	.globl	index_of
	.type	index_of, @function
index_of:
	movsx	edx, BYTE PTR [rdi]
	test	dl, dl
	je	.L19
	xor	eax, eax
	jmp	.L18
	.p2align 4,,10
	.p2align 3
.L21:
	add	rax, 1
	movsx	edx, BYTE PTR [rdi+rax]
	test	dl, dl
	je	.L19
.L18:
	cmp	edx, esi
	jne	.L21
	ret
	.p2align 4,,10
	.p2align 3
.L19:
	mov	eax, -1
	ret
	.size	index_of, .-index_of
	.p2align 4
	.globl	last_index_of
	.type	last_index_of, @function
last_index_of:
	movsx	eax, BYTE PTR [rdi]
	test	al, al
	je	.L26
	xor	edx, edx
	mov	ecx, -1
	.p2align 4,,10
	.p2align 3
.L25:
	cmp	esi, eax
	cmove	ecx, edx
	add	rdx, 1
	movsx	eax, BYTE PTR [rdi+rdx]
	test	al, al
	jne	.L25
	mov	eax, ecx
	ret
	.p2align 4,,10
	.p2align 3
.L26:
	mov	ecx, -1
	mov	eax, ecx
	ret
	.size	last_index_of, .-last_index_of
	.p2align 4
	.globl	count_char
	.type	count_char, @function
count_char:
	movsx	eax, BYTE PTR [rdi]
	xor	edx, edx
	test	al, al
	je	.L28
	.p2align 4,,10
	.p2align 3
.L30:
	cmp	eax, esi
	sete	al
	add	rdi, 1
	movzx	eax, al
	add	edx, eax
	movsx	eax, BYTE PTR [rdi]
	test	al, al
	jne	.L30
.L28:
	mov	eax, edx
	ret
	.size	count_char, .-count_char
	.p2align 4
	.globl	to_upper
	.type	to_upper, @function
to_upper:
	jmp	.L41
	.p2align 4,,10
	.p2align 3
.L36:
	lea	edx, -97[rax]
	cmp	dl, 25
	ja	.L35
	sub	eax, 32
	mov	BYTE PTR [rdi], al
.L35:
	add	rdi, 1
.L41:
	movzx	eax, BYTE PTR [rdi]
	test	al, al
	jne	.L36
	ret
	.size	to_upper, .-to_upper
	.p2align 4
	.globl	to_lower
	.type	to_lower, @function
to_lower:
	jmp	.L50
	.p2align 4,,10
	.p2align 3
.L45:
	lea	edx, -65[rax]
	cmp	dl, 25
	ja	.L44
	add	eax, 32
	mov	BYTE PTR [rdi], al
.L44:
	add	rdi, 1
.L50:
	movzx	eax, BYTE PTR [rdi]
	test	al, al
	jne	.L45
	ret
	.size	to_lower, .-to_lower
	.p2align 4
	.globl	reverse_string
	.type	reverse_string, @function
reverse_string:
	cmp	BYTE PTR [rdi], 0
	je	.L51
	xor	edx, edx
	.p2align 4,,10
	.p2align 3
.L53:
	mov	rax, rdx
	add	rdx, 1
	cmp	BYTE PTR [rdi+rdx], 0
	jne	.L53
	shr	rdx
	je	.L51
	add	rax, rdi
	mov	rsi, rax
	sub	rsi, rdx
	.p2align 4,,10
	.p2align 3
.L54:
	movzx	edx, BYTE PTR [rdi]
	movzx	ecx, BYTE PTR [rax]
	sub	rax, 1
	add	rdi, 1
	mov	BYTE PTR -1[rdi], cl
	mov	BYTE PTR 1[rax], dl
	cmp	rax, rsi
	jne	.L54
.L51:
	ret
	.size	reverse_string, .-reverse_string
	.p2align 4
	.globl	is_palindrome
	.type	is_palindrome, @function
is_palindrome:
	push	rbx
	cmp	BYTE PTR [rdi], 0
	mov	rbx, rdi
	je	.L65
	lea	rdi, 1[rdi]
	call	strlen@PLT
.L61:
	cdqe
	xor	edx, edx
	jmp	.L62
	.p2align 4,,10
	.p2align 3
.L64:
	movzx	esi, BYTE PTR [rbx+rdx]
	movzx	ecx, BYTE PTR [rbx+rax]
	add	rdx, 1
	sub	rax, 1
	cmp	sil, cl
	jne	.L66
.L62:
	cmp	edx, eax
	jl	.L64
	mov	eax, 1
	pop	rbx
	ret
	.p2align 4,,10
	.p2align 3
.L66:
	xor	eax, eax
	pop	rbx
	ret
	.p2align 4,,10
	.p2align 3
.L65:
	mov	eax, -1
	jmp	.L61
	.size	is_palindrome, .-is_palindrome
	.p2align 4
	.globl	my_atoi
	.type	my_atoi, @function
my_atoi:
	jmp	.L81
	.p2align 4,,10
	.p2align 3
.L70:
	add	rdi, 1
.L81:
	movzx	eax, BYTE PTR [rdi]
	cmp	al, 32
	je	.L70
	lea	edx, -43[rax]
	mov	esi, 1
	and	edx, 253
	jne	.L71
	xor	esi, esi
	add	rdi, 1
	cmp	al, 45
	setne	sil
	lea	esi, -1[rsi+rsi]
.L71:
	movzx	edx, BYTE PTR [rdi]
	xor	eax, eax
	lea	ecx, -48[rdx]
	cmp	cl, 9
	ja	.L82
	.p2align 4,,10
	.p2align 3
.L72:
	sub	edx, 48
	lea	eax, [rax+rax*4]
	add	rdi, 1
	movsx	edx, dl
	lea	eax, [rdx+rax*2]
	movzx	edx, BYTE PTR [rdi]
	lea	ecx, -48[rdx]
	cmp	cl, 9
	jbe	.L72
	imul	eax, esi
	ret
	.p2align 4,,10
	.p2align 3
.L82:
	ret
	.size	my_atoi, .-my_atoi
	.p2align 4
	.globl	utoa_len
	.type	utoa_len, @function
utoa_len:
	push	rbx
	mov	edx, edi
	mov	r10, rsi
	xor	edi, edi
	mov	ebx, 3435973837
	lea	r8, -12[rsp]
	mov	r9, r8
	.p2align 4,,10
	.p2align 3
.L84:
	mov	eax, edx
	mov	ecx, edx
	movsx	r11, edi
	add	r9, 1
	imul	rax, rbx
	add	edi, 1
	shr	rax, 35
	lea	esi, [rax+rax*4]
	add	esi, esi
	sub	ecx, esi
	add	ecx, 48
	mov	BYTE PTR -1[r9], cl
	mov	ecx, edx
	mov	edx, eax
	cmp	ecx, 9
	ja	.L84
	lea	rdx, [r8+r11]
	mov	rax, r10
	lea	rsi, 1[r10+r11]
	.p2align 4,,10
	.p2align 3
.L85:
	movzx	ecx, BYTE PTR [rdx]
	add	rax, 1
	sub	rdx, 1
	mov	BYTE PTR -1[rax], cl
	cmp	rax, rsi
	jne	.L85
	movsx	rax, edi
	pop	rbx
	mov	BYTE PTR [r10+rax], 0
	mov	eax, edi
	ret
	.size	utoa_len, .-utoa_len
	.p2align 4
	.globl	count_words
	.type	count_words, @function
count_words:
	movzx	eax, BYTE PTR [rdi]
	test	al, al
	je	.L95
	xor	edx, edx
	xor	ecx, ecx
	jmp	.L94
	.p2align 4,,10
	.p2align 3
.L99:
	cmp	al, 8
	jg	.L97
.L93:
	test	edx, edx
	jne	.L92
	add	ecx, 1
	mov	edx, 1
.L92:
	movzx	eax, BYTE PTR 1[rdi]
	add	rdi, 1
	test	al, al
	je	.L89
	.p2align 4,,10
	.p2align 3
.L94:
	cmp	al, 10
	jle	.L99
	cmp	al, 32
	jne	.L93
.L97:
	movzx	eax, BYTE PTR 1[rdi]
	add	rdi, 1
	xor	edx, edx
	test	al, al
	jne	.L94
.L89:
	mov	eax, ecx
	ret
	.p2align 4,,10
	.p2align 3
.L95:
	xor	ecx, ecx
	mov	eax, ecx
	ret
	.size	count_words, .-count_words
	.p2align 4
	.globl	count_vowels
	.type	count_vowels, @function
count_vowels:
	movzx	eax, BYTE PTR [rdi]
	xor	edx, edx
	test	al, al
	je	.L100
	mov	ecx, 1065233
	.p2align 4,,10
	.p2align 3
.L103:
	or	eax, 32
	sub	eax, 97
	cmp	al, 20
	ja	.L102
	bt	rcx, rax
	setc	al
	cmp	al, 1
	sbb	edx, -1
.L102:
	movzx	eax, BYTE PTR 1[rdi]
	add	rdi, 1
	test	al, al
	jne	.L103
.L100:
	mov	eax, edx
	ret
	.size	count_vowels, .-count_vowels
	.p2align 4
	.globl	span_digits
	.type	span_digits, @function
span_digits:
	movzx	eax, BYTE PTR [rdi]
	xor	edx, edx
	sub	eax, 48
	cmp	al, 9
	ja	.L108
	.p2align 4,,10
	.p2align 3
.L110:
	add	rdx, 1
	movzx	eax, BYTE PTR [rdi+rdx]
	sub	eax, 48
	cmp	al, 9
	jbe	.L110
.L108:
	mov	rax, rdx
	ret
	.size	span_digits, .-span_digits
	.p2align 4
	.globl	parse_hex
	.type	parse_hex, @function
parse_hex:
	xor	eax, eax
	jmp	.L117
	.p2align 4,,10
	.p2align 3
.L118:
	lea	edx, -87[rcx]
.L115:
	sal	eax, 4
	add	rdi, 1
	add	eax, edx
.L117:
	movsx	edx, BYTE PTR [rdi]
	mov	ecx, edx
	sub	edx, 48
	cmp	edx, 9
	jbe	.L115
	or	ecx, 32
	movsx	ecx, cl
	lea	edx, -97[rcx]
	cmp	edx, 5
	jbe	.L118
	ret
	.size	parse_hex, .-parse_hex
	.p2align 4
	.globl	caesar
	.type	caesar, @function
caesar:
	movsx	rax, esi
	mov	edx, esi
	mov	rcx, rdi
	imul	rax, rax, 1321528399
	sar	edx, 31
	sar	rax, 35
	sub	eax, edx
	imul	eax, eax, 26
	sub	esi, eax
	add	esi, 26
	mov	rax, rsi
	imul	rsi, rsi, 1321528399
	shr	rsi, 35
	imul	edx, esi, 26
	sub	eax, edx
	mov	esi, eax
	movzx	eax, BYTE PTR [rdi]
	test	al, al
	jne	.L123
	jmp	.L119
	.p2align 4,,10
	.p2align 3
.L128:
	movsx	edx, dl
	lea	eax, [rdx+rsi]
	mov	rdx, rax
	imul	rax, rax, 1321528399
	shr	rax, 35
	imul	eax, eax, 26
	sub	edx, eax
	add	edx, 97
	mov	BYTE PTR [rcx], dl
.L122:
	movzx	eax, BYTE PTR 1[rcx]
	add	rcx, 1
	test	al, al
	je	.L119
.L123:
	lea	edx, -97[rax]
	cmp	dl, 25
	jbe	.L128
	sub	eax, 65
	cmp	al, 25
	ja	.L122
	movsx	eax, al
	add	rcx, 1
	lea	edx, [rax+rsi]
	mov	rax, rdx
	imul	rdx, rdx, 1321528399
	shr	rdx, 35
	imul	edx, edx, 26
	sub	eax, edx
	add	eax, 65
	mov	BYTE PTR -1[rcx], al
	movzx	eax, BYTE PTR [rcx]
	test	al, al
	jne	.L123
.L119:
	ret
	.size	caesar, .-caesar
	.p2align 4
	.globl	starts_with
	.type	starts_with, @function
starts_with:
	xor	eax, eax
	jmp	.L130
	.p2align 4,,10
	.p2align 3
.L132:
	movzx	ecx, BYTE PTR [rdi+rax]
	add	rax, 1
	cmp	cl, dl
	jne	.L133
.L130:
	movzx	edx, BYTE PTR [rsi+rax]
	test	dl, dl
	jne	.L132
	mov	eax, 1
	ret
	.p2align 4,,10
	.p2align 3
.L133:
	xor	eax, eax
	ret
	.size	starts_with, .-starts_with
	.p2align 4
	.globl	leading_spaces
	.type	leading_spaces, @function
leading_spaces:
	cmp	BYTE PTR [rdi], 32
	jne	.L137
	mov	edx, 1
	.p2align 4,,10
	.p2align 3
.L136:
	mov	rax, rdx
	add	rdx, 1
	cmp	BYTE PTR -1[rdi+rdx], 32
	je	.L136
	ret
	.p2align 4,,10
	.p2align 3
.L137:
	xor	eax, eax
	ret
	.size	leading_spaces, .-leading_spaces
	.p2align 4
	.globl	trailing_spaces
	.type	trailing_spaces, @function
trailing_spaces:
	movzx	edx, BYTE PTR [rdi]
	test	dl, dl
	je	.L143
	add	rdi, 1
	xor	eax, eax
	xor	ecx, ecx
	.p2align 4,,10
	.p2align 3
.L142:
	add	eax, 1
	cmp	dl, 32
	cmovne	eax, ecx
	movzx	edx, BYTE PTR [rdi]
	add	rdi, 1
	test	dl, dl
	jne	.L142
	ret
	.p2align 4,,10
	.p2align 3
.L143:
	xor	eax, eax
	ret
	.size	trailing_spaces, .-trailing_spaces
	.p2align 4
	.globl	strcasecmp_ascii
	.type	strcasecmp_ascii, @function
strcasecmp_ascii:
	movzx	ecx, BYTE PTR [rdi]
	movzx	r8d, BYTE PTR [rsi]
	mov	eax, ecx
	mov	edx, r8d
	or	eax, 32
	or	edx, 32
	movsx	eax, al
	movsx	edx, dl
	test	cl, cl
	je	.L147
	mov	ecx, 1
	jmp	.L151
	.p2align 4,,10
	.p2align 3
.L164:
	cmp	eax, edx
	jne	.L149
	movzx	r9d, BYTE PTR [rdi+rcx]
	movzx	r8d, BYTE PTR [rsi+rcx]
	add	rcx, 1
	mov	eax, r9d
	mov	edx, r8d
	or	eax, 32
	or	edx, 32
	movsx	eax, al
	movsx	edx, dl
	test	r9b, r9b
	je	.L147
.L151:
	test	r8b, r8b
	jne	.L164
.L146:
	ret
	.p2align 4,,10
	.p2align 3
.L147:
	xor	eax, eax
	test	r8b, r8b
	je	.L146
.L149:
	sub	eax, edx
	ret
	.size	strcasecmp_ascii, .-strcasecmp_ascii
	.p2align 4
	.globl	copy_string
	.type	copy_string, @function
copy_string:
	xor	eax, eax
	.p2align 4,,10
	.p2align 3
.L166:
	movzx	edx, BYTE PTR [rsi+rax]
	mov	BYTE PTR [rdi+rax], dl
	add	rax, 1
	test	dl, dl
	jne	.L166
	ret
	.size	copy_string, .-copy_string
	.p2align 4
	.globl	is_identifier
	.type	is_identifier, @function
is_identifier:
	movzx	eax, BYTE PTR [rdi]
	cmp	al, 95
	je	.L169
	or	eax, 32
	xor	edx, edx
	sub	eax, 97
	cmp	al, 25
	ja	.L168
.L169:
	movzx	eax, BYTE PTR 1[rdi]
	lea	rdx, 1[rdi]
	test	al, al
	je	.L174
	.p2align 4,,10
	.p2align 3
.L172:
	lea	ecx, -48[rax]
	cmp	cl, 9
	jbe	.L171
	cmp	al, 95
	je	.L171
	or	eax, 32
	sub	eax, 97
	cmp	al, 25
	ja	.L175
.L171:
	movzx	eax, BYTE PTR 1[rdx]
	add	rdx, 1
	test	al, al
	jne	.L172
.L174:
	mov	edx, 1
.L168:
	mov	eax, edx
	ret
	.p2align 4,,10
	.p2align 3
.L175:
	xor	edx, edx
	mov	eax, edx
	ret
	.size	is_identifier, .-is_identifier
	.p2align 4
	.globl	digit_sum_string
	.type	digit_sum_string, @function
digit_sum_string:
	movzx	eax, BYTE PTR [rdi]
	xor	ecx, ecx
	test	al, al
	je	.L186
	.p2align 4,,10
	.p2align 3
.L189:
	sub	eax, 48
	movsx	edx, al
	add	edx, ecx
	cmp	al, 10
	cmovb	ecx, edx
	movzx	eax, BYTE PTR 1[rdi]
	add	rdi, 1
	test	al, al
	jne	.L189
.L186:
	mov	eax, ecx
	ret
	.size	digit_sum_string, .-digit_sum_string
	.p2align 4
	.globl	squeeze_spaces
	.type	squeeze_spaces, @function
squeeze_spaces:
	movzx	eax, BYTE PTR [rdi]
	test	al, al
	je	.L193
	mov	rdx, rdi
	xor	esi, esi
	jmp	.L196
	.p2align 4,,10
	.p2align 3
.L198:
	add	rdx, 1
	mov	BYTE PTR [rdi], al
	movzx	esi, cl
	add	rdi, 1
	movzx	eax, BYTE PTR [rdx]
	test	al, al
	je	.L193
.L196:
	cmp	al, 32
	sete	cl
	test	esi, esi
	je	.L198
	test	cl, cl
	je	.L198
	movzx	eax, BYTE PTR 1[rdx]
	add	rdx, 1
	mov	esi, 1
	test	al, al
	jne	.L196
.L193:
	mov	BYTE PTR [rdi], 0
	ret
	.size	squeeze_spaces, .-squeeze_spaces
	.ident	"GCC: (Debian 12.2.0-14+deb12u1) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
