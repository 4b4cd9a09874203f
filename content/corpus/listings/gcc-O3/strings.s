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
	movzx	eax, BYTE PTR [rdi]
	test	al, al
	je	.L45
	.p2align 4,,10
	.p2align 3
.L37:
	lea	edx, -97[rax]
	cmp	dl, 25
	ja	.L35
	sub	eax, 32
	add	rdi, 1
	mov	BYTE PTR -1[rdi], al
	movzx	eax, BYTE PTR [rdi]
	test	al, al
	jne	.L37
	ret
	.p2align 4,,10
	.p2align 3
.L35:
	movzx	eax, BYTE PTR 1[rdi]
	add	rdi, 1
	test	al, al
	jne	.L37
.L45:
	ret
	.size	to_upper, .-to_upper
	.p2align 4
	.globl	to_lower
	.type	to_lower, @function
to_lower:
	movzx	eax, BYTE PTR [rdi]
	test	al, al
	je	.L58
	.p2align 4,,10
	.p2align 3
.L50:
	lea	edx, -65[rax]
	cmp	dl, 25
	ja	.L48
	add	eax, 32
	add	rdi, 1
	mov	BYTE PTR -1[rdi], al
	movzx	eax, BYTE PTR [rdi]
	test	al, al
	jne	.L50
	ret
	.p2align 4,,10
	.p2align 3
.L48:
	movzx	eax, BYTE PTR 1[rdi]
	add	rdi, 1
	test	al, al
	jne	.L50
.L58:
	ret
	.size	to_lower, .-to_lower
	.p2align 4
	.globl	reverse_string
	.type	reverse_string, @function
reverse_string:
	cmp	BYTE PTR [rdi], 0
	je	.L59
	xor	edx, edx
	.p2align 4,,10
	.p2align 3
.L61:
	mov	rax, rdx
	add	rdx, 1
	cmp	BYTE PTR [rdi+rdx], 0
	jne	.L61
	shr	rdx
	je	.L59
	add	rax, rdi
	mov	rsi, rax
	sub	rsi, rdx
	.p2align 4,,10
	.p2align 3
.L62:
	movzx	edx, BYTE PTR [rdi]
	movzx	ecx, BYTE PTR [rax]
	sub	rax, 1
	add	rdi, 1
	mov	BYTE PTR -1[rdi], cl
	mov	BYTE PTR 1[rax], dl
	cmp	rax, rsi
	jne	.L62
.L59:
	ret
	.size	reverse_string, .-reverse_string
	.p2align 4
	.globl	is_palindrome
	.type	is_palindrome, @function
is_palindrome:
	push	rbx
	cmp	BYTE PTR [rdi], 0
	mov	rbx, rdi
	je	.L73
	lea	rdi, 1[rdi]
	call	strlen@PLT
.L69:
	cdqe
	xor	edx, edx
	jmp	.L70
	.p2align 4,,10
	.p2align 3
.L72:
	movzx	esi, BYTE PTR [rbx+rdx]
	movzx	ecx, BYTE PTR [rbx+rax]
	add	rdx, 1
	sub	rax, 1
	cmp	sil, cl
	jne	.L74
.L70:
	cmp	edx, eax
	jl	.L72
	mov	eax, 1
	pop	rbx
	ret
	.p2align 4,,10
	.p2align 3
.L74:
	xor	eax, eax
	pop	rbx
	ret
	.p2align 4,,10
	.p2align 3
.L73:
	mov	eax, -1
	jmp	.L69
	.size	is_palindrome, .-is_palindrome
	.p2align 4
	.globl	my_atoi
	.type	my_atoi, @function
my_atoi:
	jmp	.L89
	.p2align 4,,10
	.p2align 3
.L78:
	add	rdi, 1
.L89:
	movzx	edx, BYTE PTR [rdi]
	cmp	dl, 32
	je	.L78
	lea	eax, -43[rdx]
	mov	esi, 1
	test	al, -3
	jne	.L79
	movzx	ecx, BYTE PTR 1[rdi]
	lea	rax, 1[rdi]
	cmp	dl, 45
	mov	rdi, rax
	mov	edx, ecx
	je	.L90
.L79:
	lea	ecx, -48[rdx]
	xor	eax, eax
	cmp	cl, 9
	ja	.L91
	.p2align 4,,10
	.p2align 3
.L80:
	sub	edx, 48
	lea	eax, [rax+rax*4]
	add	rdi, 1
	movsx	edx, dl
	lea	eax, [rdx+rax*2]
	movzx	edx, BYTE PTR [rdi]
	lea	ecx, -48[rdx]
	cmp	cl, 9
	jbe	.L80
	imul	eax, esi
	ret
	.p2align 4,,10
	.p2align 3
.L91:
	ret
	.p2align 4,,10
	.p2align 3
.L90:
	mov	esi, -1
	jmp	.L79
	.size	my_atoi, .-my_atoi
	.p2align 4
	.globl	utoa_len
	.type	utoa_len, @function
utoa_len:
	mov	edx, edi
	mov	edi, 3435973837
	mov	rcx, rdx
	imul	rdx, rdi
	mov	r8d, ecx
	shr	rdx, 35
	lea	eax, [rdx+rdx*4]
	add	eax, eax
	sub	r8d, eax
	add	r8d, 48
	mov	BYTE PTR -12[rsp], r8b
	cmp	ecx, 9
	jbe	.L93
	mov	eax, edx
	imul	rax, rdi
	shr	rax, 35
	lea	r9d, [rax+rax*4]
	add	r9d, r9d
	sub	edx, r9d
	add	edx, 48
	mov	BYTE PTR -11[rsp], dl
	cmp	ecx, 99
	jbe	.L94
	mov	edx, eax
	imul	rdx, rdi
	shr	rdx, 35
	lea	r9d, [rdx+rdx*4]
	add	r9d, r9d
	sub	eax, r9d
	add	eax, 48
	mov	BYTE PTR -10[rsp], al
	cmp	ecx, 999
	jbe	.L99
	mov	r9d, edx
	imul	r9, rdi
	shr	r9, 35
	lea	eax, [r9+r9*4]
	add	eax, eax
	sub	edx, eax
	lea	eax, 48[rdx]
	mov	BYTE PTR -9[rsp], al
	cmp	ecx, 9999
	jbe	.L100
	mov	edx, r9d
	imul	rdx, rdi
	shr	rdx, 35
	lea	eax, [rdx+rdx*4]
	add	eax, eax
	sub	r9d, eax
	lea	eax, 48[r9]
	mov	BYTE PTR -8[rsp], al
	cmp	ecx, 99999
	jbe	.L101
	mov	r9d, edx
	imul	r9, rdi
	shr	r9, 35
	lea	eax, [r9+r9*4]
	add	eax, eax
	sub	edx, eax
	lea	eax, 48[rdx]
	mov	BYTE PTR -7[rsp], al
	cmp	ecx, 999999
	jbe	.L102
	mov	edx, r9d
	imul	rdx, rdi
	shr	rdx, 35
	lea	eax, [rdx+rdx*4]
	add	eax, eax
	sub	r9d, eax
	lea	eax, 48[r9]
	mov	BYTE PTR -6[rsp], al
	cmp	ecx, 9999999
	jbe	.L103
	mov	r9d, edx
	imul	r9, rdi
	shr	r9, 35
	lea	eax, [r9+r9*4]
	add	eax, eax
	sub	edx, eax
	lea	eax, 48[rdx]
	mov	BYTE PTR -5[rsp], al
	cmp	ecx, 99999999
	jbe	.L104
	mov	edx, r9d
	imul	rdx, rdi
	shr	rdx, 35
	lea	eax, [rdx+rdx*4]
	add	eax, eax
	sub	r9d, eax
	lea	eax, 48[r9]
	mov	BYTE PTR -4[rsp], al
	cmp	ecx, 999999999
	jbe	.L105
	lea	eax, 48[rdx]
	mov	ecx, 10
	mov	edx, 9
.L95:
	mov	BYTE PTR [rsi], al
	lea	eax, -1[rdx]
	cdqe
	movzx	eax, BYTE PTR -12[rsp+rax]
	mov	BYTE PTR 1[rsi], al
	lea	eax, -2[rdx]
	cdqe
	movzx	eax, BYTE PTR -12[rsp+rax]
	mov	BYTE PTR 2[rsi], al
	cmp	edx, 2
	je	.L96
	lea	eax, -3[rdx]
	cdqe
	movzx	eax, BYTE PTR -12[rsp+rax]
	mov	BYTE PTR 3[rsi], al
	cmp	edx, 3
	je	.L96
	lea	eax, -4[rdx]
	cdqe
	movzx	eax, BYTE PTR -12[rsp+rax]
	mov	BYTE PTR 4[rsi], al
	cmp	edx, 4
	je	.L96
	lea	eax, -5[rdx]
	cdqe
	movzx	eax, BYTE PTR -12[rsp+rax]
	mov	BYTE PTR 5[rsi], al
	cmp	edx, 5
	je	.L96
	lea	eax, -6[rdx]
	cdqe
	movzx	eax, BYTE PTR -12[rsp+rax]
	mov	BYTE PTR 6[rsi], al
	cmp	edx, 6
	je	.L96
	lea	eax, -7[rdx]
	cdqe
	movzx	eax, BYTE PTR -12[rsp+rax]
	mov	BYTE PTR 7[rsi], al
	cmp	edx, 7
	je	.L96
	lea	eax, -8[rdx]
	cdqe
	movzx	eax, BYTE PTR -12[rsp+rax]
	mov	BYTE PTR 8[rsi], al
	cmp	edx, 9
	jne	.L96
	mov	BYTE PTR 9[rsi], r8b
.L96:
	movsx	rax, ecx
	mov	BYTE PTR [rsi+rax], 0
	mov	eax, ecx
	ret
.L102:
	mov	edx, 5
	mov	ecx, 6
	jmp	.L95
	.p2align 4,,10
	.p2align 3
.L93:
	mov	ecx, 1
	mov	BYTE PTR [rsi], r8b
	movsx	rax, ecx
	mov	BYTE PTR [rsi+rax], 0
	mov	eax, ecx
	ret
	.p2align 4,,10
	.p2align 3
.L94:
	mov	BYTE PTR [rsi], dl
	mov	ecx, 2
	mov	BYTE PTR 1[rsi], r8b
	jmp	.L96
.L99:
	mov	edx, 2
	mov	ecx, 3
	jmp	.L95
.L100:
	mov	edx, 3
	mov	ecx, 4
	jmp	.L95
.L101:
	mov	edx, 4
	mov	ecx, 5
	jmp	.L95
.L103:
	mov	edx, 6
	mov	ecx, 7
	jmp	.L95
.L104:
	mov	edx, 7
	mov	ecx, 8
	jmp	.L95
.L105:
	mov	edx, 8
	mov	ecx, 9
	jmp	.L95
	.size	utoa_len, .-utoa_len
	.p2align 4
	.globl	count_words
	.type	count_words, @function
count_words:
	movzx	eax, BYTE PTR [rdi]
	test	al, al
	je	.L128
	xor	edx, edx
	xor	ecx, ecx
	jmp	.L127
	.p2align 4,,10
	.p2align 3
.L132:
	cmp	al, 8
	jg	.L130
.L126:
	test	edx, edx
	jne	.L125
	add	ecx, 1
	mov	edx, 1
.L125:
	movzx	eax, BYTE PTR 1[rdi]
	add	rdi, 1
	test	al, al
	je	.L122
	.p2align 4,,10
	.p2align 3
.L127:
	cmp	al, 10
	jle	.L132
	cmp	al, 32
	jne	.L126
.L130:
	movzx	eax, BYTE PTR 1[rdi]
	add	rdi, 1
	xor	edx, edx
	test	al, al
	jne	.L127
.L122:
	mov	eax, ecx
	ret
	.p2align 4,,10
	.p2align 3
.L128:
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
	je	.L133
	mov	ecx, 1065233
	.p2align 4,,10
	.p2align 3
.L136:
	or	eax, 32
	sub	eax, 97
	cmp	al, 20
	ja	.L135
	bt	rcx, rax
	setc	al
	cmp	al, 1
	sbb	edx, -1
.L135:
	movzx	eax, BYTE PTR 1[rdi]
	add	rdi, 1
	test	al, al
	jne	.L136
.L133:
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
	ja	.L141
	.p2align 4,,10
	.p2align 3
.L143:
	add	rdx, 1
	movzx	eax, BYTE PTR [rdi+rdx]
	sub	eax, 48
	cmp	al, 9
	jbe	.L143
.L141:
	mov	rax, rdx
	ret
	.size	span_digits, .-span_digits
	.p2align 4
	.globl	parse_hex
	.type	parse_hex, @function
parse_hex:
	xor	eax, eax
	jmp	.L150
	.p2align 4,,10
	.p2align 3
.L151:
	lea	edx, -87[rcx]
.L148:
	sal	eax, 4
	add	rdi, 1
	add	eax, edx
.L150:
	movsx	edx, BYTE PTR [rdi]
	mov	ecx, edx
	sub	edx, 48
	cmp	edx, 9
	jbe	.L148
	or	ecx, 32
	movsx	ecx, cl
	lea	edx, -97[rcx]
	cmp	edx, 5
	jbe	.L151
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
	jne	.L156
	jmp	.L152
	.p2align 4,,10
	.p2align 3
.L161:
	movsx	edx, dl
	lea	eax, [rdx+rsi]
	mov	rdx, rax
	imul	rax, rax, 1321528399
	shr	rax, 35
	imul	eax, eax, 26
	sub	edx, eax
	add	edx, 97
	mov	BYTE PTR [rcx], dl
.L155:
	movzx	eax, BYTE PTR 1[rcx]
	add	rcx, 1
	test	al, al
	je	.L152
.L156:
	lea	edx, -97[rax]
	cmp	dl, 25
	jbe	.L161
	sub	eax, 65
	cmp	al, 25
	ja	.L155
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
	jne	.L156
.L152:
	ret
	.size	caesar, .-caesar
	.p2align 4
	.globl	starts_with
	.type	starts_with, @function
starts_with:
	xor	eax, eax
	jmp	.L163
	.p2align 4,,10
	.p2align 3
.L165:
	movzx	ecx, BYTE PTR [rdi+rax]
	add	rax, 1
	cmp	cl, dl
	jne	.L166
.L163:
	movzx	edx, BYTE PTR [rsi+rax]
	test	dl, dl
	jne	.L165
	mov	eax, 1
	ret
	.p2align 4,,10
	.p2align 3
.L166:
	xor	eax, eax
	ret
	.size	starts_with, .-starts_with
	.p2align 4
	.globl	leading_spaces
	.type	leading_spaces, @function
leading_spaces:
	cmp	BYTE PTR [rdi], 32
	jne	.L170
	mov	edx, 1
	.p2align 4,,10
	.p2align 3
.L169:
	mov	rax, rdx
	add	rdx, 1
	cmp	BYTE PTR -1[rdi+rdx], 32
	je	.L169
	ret
	.p2align 4,,10
	.p2align 3
.L170:
	xor	eax, eax
	ret
	.size	leading_spaces, .-leading_spaces
	.p2align 4
	.globl	trailing_spaces
	.type	trailing_spaces, @function
trailing_spaces:
	movzx	edx, BYTE PTR [rdi]
	test	dl, dl
	je	.L176
	add	rdi, 1
	xor	eax, eax
	xor	ecx, ecx
	.p2align 4,,10
	.p2align 3
.L175:
	add	eax, 1
	cmp	dl, 32
	cmovne	eax, ecx
	movzx	edx, BYTE PTR [rdi]
	add	rdi, 1
	test	dl, dl
	jne	.L175
	ret
	.p2align 4,,10
	.p2align 3
.L176:
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
	je	.L180
	mov	ecx, 1
	jmp	.L184
	.p2align 4,,10
	.p2align 3
.L197:
	cmp	eax, edx
	jne	.L182
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
	je	.L180
.L184:
	test	r8b, r8b
	jne	.L197
.L179:
	ret
	.p2align 4,,10
	.p2align 3
.L180:
	xor	eax, eax
	test	r8b, r8b
	je	.L179
.L182:
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
.L199:
	movzx	edx, BYTE PTR [rsi+rax]
	mov	BYTE PTR [rdi+rax], dl
	add	rax, 1
	test	dl, dl
	jne	.L199
	ret
	.size	copy_string, .-copy_string
	.p2align 4
	.globl	is_identifier
	.type	is_identifier, @function
is_identifier:
	movzx	eax, BYTE PTR [rdi]
	cmp	al, 95
	je	.L202
	or	eax, 32
	xor	edx, edx
	sub	eax, 97
	cmp	al, 25
	ja	.L201
.L202:
	movzx	eax, BYTE PTR 1[rdi]
	lea	rdx, 1[rdi]
	test	al, al
	je	.L207
	.p2align 4,,10
	.p2align 3
.L205:
	lea	ecx, -48[rax]
	cmp	cl, 9
	jbe	.L204
	cmp	al, 95
	je	.L204
	or	eax, 32
	sub	eax, 97
	cmp	al, 25
	ja	.L208
.L204:
	movzx	eax, BYTE PTR 1[rdx]
	add	rdx, 1
	test	al, al
	jne	.L205
.L207:
	mov	edx, 1
.L201:
	mov	eax, edx
	ret
	.p2align 4,,10
	.p2align 3
.L208:
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
	je	.L219
	.p2align 4,,10
	.p2align 3
.L222:
	sub	eax, 48
	movsx	edx, al
	add	edx, ecx
	cmp	al, 10
	cmovb	ecx, edx
	movzx	eax, BYTE PTR 1[rdi]
	add	rdi, 1
	test	al, al
	jne	.L222
.L219:
	mov	eax, ecx
	ret
	.size	digit_sum_string, .-digit_sum_string
	.p2align 4
	.globl	squeeze_spaces
	.type	squeeze_spaces, @function
squeeze_spaces:
	movzx	eax, BYTE PTR [rdi]
	test	al, al
	je	.L231
	mov	rdx, rdi
	xor	esi, esi
	jmp	.L230
	.p2align 4,,10
	.p2align 3
.L233:
	add	rdi, 1
	mov	BYTE PTR [rdx], al
	movzx	esi, cl
	lea	rcx, 1[rdx]
	movzx	eax, BYTE PTR [rdi]
	test	al, al
	je	.L226
.L229:
	mov	rdx, rcx
.L230:
	cmp	al, 32
	sete	cl
	test	esi, esi
	je	.L233
	test	cl, cl
	je	.L233
	movzx	eax, BYTE PTR 1[rdi]
	add	rdi, 1
	mov	rcx, rdx
	test	al, al
	je	.L226
	mov	esi, 1
	jmp	.L229
	.p2align 4,,10
	.p2align 3
.L231:
	mov	rcx, rdi
.L226:
	mov	BYTE PTR [rcx], 0
	ret
	.size	squeeze_spaces, .-squeeze_spaces
	.ident	"GCC: (Debian 12.2.0-14+deb12u1) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
