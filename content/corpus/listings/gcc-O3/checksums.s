	.file	"checksums.c"
	.intel_syntax noprefix
	.text
	.p2align 4
	.globl	adler32
	.type	adler32, @function
adler32:
	test	rsi, rsi
	je	.L4
	add	rsi, rdi
	xor	eax, eax
	mov	edx, 1
	mov	r8d, 2147975281
	.p2align 4,,10
	.p2align 3
.L3:
	movzx	ecx, BYTE PTR [rdi]
	add	rdi, 1
	add	edx, ecx
	mov	rcx, rdx
	imul	rdx, r8
	shr	rdx, 47
	imul	r9d, edx, 65521
	sub	ecx, r9d
	add	eax, ecx
	mov	edx, ecx
	mov	eax, eax
	mov	rcx, rax
	imul	rax, r8
	shr	rax, 47
	imul	r9d, eax, 65521
	mov	eax, ecx
	sub	eax, r9d
	cmp	rsi, rdi
	jne	.L3
	sal	eax, 16
	or	eax, edx
	ret
	.p2align 4,,10
	.p2align 3
.L4:
	mov	eax, 1
	ret
	.size	adler32, .-adler32
	.p2align 4
	.globl	crc32_bitwise
	.type	crc32_bitwise, @function
crc32_bitwise:
	test	rsi, rsi
	je	.L10
	mov	rcx, rdi
	add	rsi, rdi
	mov	edx, -1
	.p2align 4,,10
	.p2align 3
.L9:
	movzx	eax, BYTE PTR [rcx]
	xor	eax, edx
	mov	edx, eax
	and	eax, 1
	neg	eax
	shr	edx
	and	eax, -306674912
	xor	edx, eax
	mov	eax, edx
	and	edx, 1
	neg	edx
	shr	eax
	and	edx, -306674912
	xor	eax, edx
	mov	edx, eax
	and	eax, 1
	neg	eax
	shr	edx
	and	eax, -306674912
	xor	edx, eax
	mov	eax, edx
	and	edx, 1
	neg	edx
	shr	eax
	and	edx, -306674912
	xor	eax, edx
	mov	edx, eax
	and	eax, 1
	neg	eax
	shr	edx
	and	eax, -306674912
	xor	edx, eax
	mov	eax, edx
	and	edx, 1
	neg	edx
	shr	eax
	and	edx, -306674912
	xor	eax, edx
	mov	edx, eax
	shr	edx
	and	eax, 1
	add	rcx, 1
	neg	eax
	and	eax, -306674912
	xor	edx, eax
	mov	eax, edx
	and	edx, 1
	neg	edx
	shr	eax
	and	edx, -306674912
	xor	edx, eax
	cmp	rsi, rcx
	jne	.L9
	mov	eax, edx
	not	eax
	ret
.L10:
	xor	eax, eax
	ret
	.size	crc32_bitwise, .-crc32_bitwise
	.p2align 4
	.globl	crc32_table
	.type	crc32_table, @function
crc32_table:
	test	rsi, rsi
	je	.L15
	add	rsi, rdi
	mov	edx, -1
	lea	rcx, crc_nibble[rip]
	.p2align 4,,10
	.p2align 3
.L14:
	movzx	eax, BYTE PTR [rdi]
	add	rdi, 1
	xor	eax, edx
	mov	edx, eax
	shr	eax, 4
	and	edx, 15
	xor	eax, DWORD PTR [rcx+rdx*4]
	mov	edx, eax
	shr	eax, 4
	and	edx, 15
	xor	eax, DWORD PTR [rcx+rdx*4]
	mov	edx, eax
	cmp	rsi, rdi
	jne	.L14
	not	eax
	ret
	.p2align 4,,10
	.p2align 3
.L15:
	xor	eax, eax
	ret
	.size	crc32_table, .-crc32_table
	.p2align 4
	.globl	fnv1a32
	.type	fnv1a32, @function
fnv1a32:
	movzx	edx, BYTE PTR [rdi]
	mov	eax, -2128831035
	test	dl, dl
	je	.L20
	.p2align 4,,10
	.p2align 3
.L19:
	add	rdi, 1
	xor	eax, edx
	movzx	edx, BYTE PTR [rdi]
	imul	eax, eax, 16777619
	test	dl, dl
	jne	.L19
	ret
	.p2align 4,,10
	.p2align 3
.L20:
	ret
	.size	fnv1a32, .-fnv1a32
	.p2align 4
	.globl	fnv1a64
	.type	fnv1a64, @function
fnv1a64:
	movabs	rax, -3750763034362895579
	movzx	edx, BYTE PTR [rdi]
	test	dl, dl
	je	.L22
	movabs	rcx, 1099511628211
	.p2align 4,,10
	.p2align 3
.L24:
	add	rdi, 1
	xor	rax, rdx
	movzx	edx, BYTE PTR [rdi]
	imul	rax, rcx
	test	dl, dl
	jne	.L24
.L22:
	ret
	.size	fnv1a64, .-fnv1a64
	.p2align 4
	.globl	djb2
	.type	djb2, @function
djb2:
	movsx	rdx, BYTE PTR [rdi]
	lea	rcx, 1[rdi]
	mov	eax, 5381
	test	dl, dl
	je	.L31
	.p2align 4,,10
	.p2align 3
.L30:
	mov	rsi, rax
	add	rcx, 1
	sal	rsi, 5
	add	rax, rsi
	add	rax, rdx
	movsx	rdx, BYTE PTR -1[rcx]
	test	dl, dl
	jne	.L30
	ret
	.p2align 4,,10
	.p2align 3
.L31:
	ret
	.size	djb2, .-djb2
	.p2align 4
	.globl	sdbm
	.type	sdbm, @function
sdbm:
	movsx	rdx, BYTE PTR [rdi]
	lea	rsi, 1[rdi]
	xor	ecx, ecx
	test	dl, dl
	je	.L33
	.p2align 4,,10
	.p2align 3
.L35:
	mov	rax, rcx
	add	rsi, 1
	sal	rax, 10
	add	rax, rcx
	sal	rax, 6
	sub	rax, rcx
	lea	rcx, [rdx+rax]
	movsx	rdx, BYTE PTR -1[rsi]
	test	dl, dl
	jne	.L35
.L33:
	mov	rax, rcx
	ret
	.size	sdbm, .-sdbm
	.p2align 4
	.globl	one_at_a_time
	.type	one_at_a_time, @function
one_at_a_time:
	test	rsi, rsi
	je	.L41
	add	rsi, rdi
	xor	eax, eax
	.p2align 4,,10
	.p2align 3
.L40:
	movzx	edx, BYTE PTR [rdi]
	add	rdi, 1
	add	edx, eax
	mov	eax, edx
	sal	eax, 10
	add	eax, edx
	mov	edx, eax
	shr	edx, 6
	xor	eax, edx
	cmp	rdi, rsi
	jne	.L40
	lea	eax, [rax+rax*8]
	mov	edx, eax
	shr	edx, 11
	xor	edx, eax
	mov	eax, edx
	sal	eax, 15
	add	eax, edx
	ret
	.p2align 4,,10
	.p2align 3
.L41:
	xor	eax, eax
	ret
	.size	one_at_a_time, .-one_at_a_time
	.p2align 4
	.globl	fletcher16
	.type	fletcher16, @function
fletcher16:
	test	rsi, rsi
	je	.L46
	lea	r10, [rdi+rsi]
	xor	ecx, ecx
	xor	esi, esi
	mov	r9d, 2155905153
	.p2align 4,,10
	.p2align 3
.L45:
	movzx	edx, BYTE PTR [rdi]
	add	rdi, 1
	lea	eax, [rdx+rsi]
	mov	rdx, rax
	imul	rax, r9
	shr	rax, 39
	mov	esi, eax
	sal	esi, 8
	sub	esi, eax
	mov	eax, edx
	sub	eax, esi
	lea	edx, [rcx+rax]
	movzx	esi, ax
	mov	rcx, rdx
	imul	rdx, r9
	shr	rdx, 39
	mov	r8d, edx
	sal	r8d, 8
	sub	r8d, edx
	sub	ecx, r8d
	mov	edx, ecx
	movzx	ecx, cx
	cmp	r10, rdi
	jne	.L45
	sal	edx, 8
	or	eax, edx
	ret
	.p2align 4,,10
	.p2align 3
.L46:
	xor	eax, eax
	ret
	.size	fletcher16, .-fletcher16
	.p2align 4
	.globl	murmur_fmix32
	.type	murmur_fmix32, @function
murmur_fmix32:
	mov	eax, edi
	shr	eax, 16
	xor	eax, edi
	imul	eax, eax, -2048144789
	mov	edx, eax
	shr	edx, 13
	xor	edx, eax
	imul	edx, edx, -1028477387
	mov	eax, edx
	shr	eax, 16
	xor	eax, edx
	ret
	.size	murmur_fmix32, .-murmur_fmix32
	.p2align 4
	.globl	murmur_fmix64
	.type	murmur_fmix64, @function
murmur_fmix64:
	movabs	rdx, -49064778989728563
	mov	rax, rdi
	shr	rax, 33
	xor	rax, rdi
	imul	rax, rdx
	mov	rdx, rax
	shr	rdx, 33
	xor	rdx, rax
	movabs	rax, -4265267296055464877
	imul	rdx, rax
	mov	rax, rdx
	shr	rax, 33
	xor	rax, rdx
	ret
	.size	murmur_fmix64, .-murmur_fmix64
	.p2align 4
	.globl	splitmix64
	.type	splitmix64, @function
splitmix64:
	movabs	rax, -7046029254386353131
	add	rax, rdi
	mov	rdi, rax
	shr	rdi, 30
	xor	rdi, rax
	movabs	rax, -4658895280553007687
	imul	rdi, rax
	movabs	rax, -7723592293110705685
	mov	rdx, rdi
	shr	rdx, 27
	xor	rdx, rdi
	imul	rdx, rax
	mov	rax, rdx
	shr	rax, 31
	xor	rax, rdx
	ret
	.size	splitmix64, .-splitmix64
	.p2align 4
	.globl	xorshift32
	.type	xorshift32, @function
xorshift32:
	mov	eax, edi
	sal	eax, 13
	xor	eax, edi
	mov	edx, eax
	shr	edx, 17
	xor	edx, eax
	mov	eax, edx
	sal	eax, 5
	xor	eax, edx
	ret
	.size	xorshift32, .-xorshift32
	.p2align 4
	.globl	luhn_valid
	.type	luhn_valid, @function
luhn_valid:
	cmp	BYTE PTR [rdi], 0
	je	.L56
	push	rbx
	mov	rbx, rdi
	lea	rdi, 1[rdi]
	call	strlen@PLT
	xor	esi, esi
	movsx	rcx, eax
	jmp	.L55
	.p2align 4,,10
	.p2align 3
.L67:
	mov	edi, eax
	sub	edi, ecx
	and	edi, 1
	je	.L54
	add	edx, edx
	lea	edi, -9[rdx]
	cmp	edx, 9
	cmovg	edx, edi
.L54:
	sub	rcx, 1
	add	esi, edx
	cmp	ecx, -1
	je	.L66
.L55:
	movsx	edx, BYTE PTR [rbx+rcx]
	sub	edx, 48
	cmp	edx, 9
	jbe	.L67
	xor	eax, eax
	pop	rbx
	ret
	.p2align 4,,10
	.p2align 3
.L66:
	imul	esi, esi, -858993459
	xor	eax, eax
	pop	rbx
	ror	esi
	cmp	esi, 429496729
	setbe	al
	ret
	.p2align 4,,10
	.p2align 3
.L56:
	xor	eax, eax
	ret
	.size	luhn_valid, .-luhn_valid
	.p2align 4
	.globl	xor_checksum
	.type	xor_checksum, @function
xor_checksum:
	mov	r8, rdi
	lea	rcx, -1[rsi]
	test	rsi, rsi
	je	.L76
	cmp	rcx, 14
	jbe	.L77
	mov	rdx, rsi
	mov	rax, rdi
	pxor	xmm1, xmm1
	and	rdx, -16
	add	rdx, rdi
	.p2align 4,,10
	.p2align 3
.L71:
	movdqu	xmm3, XMMWORD PTR [rax]
	add	rax, 16
	pxor	xmm1, xmm3
	cmp	rdx, rax
	jne	.L71
	movdqa	xmm0, xmm1
	mov	rdx, rsi
	psrldq	xmm0, 8
	and	rdx, -16
	pxor	xmm0, xmm1
	lea	rdi, [r8+rdx]
	sub	rcx, rdx
	movdqa	xmm2, xmm0
	psrldq	xmm2, 4
	pxor	xmm0, xmm2
	movdqa	xmm2, xmm0
	psrldq	xmm2, 2
	pxor	xmm0, xmm2
	movdqa	xmm2, xmm0
	psrldq	xmm2, 1
	pxor	xmm0, xmm2
	movd	eax, xmm0
	movdqa	xmm0, xmm1
	psrldq	xmm1, 8
	pxor	xmm0, xmm1
	test	sil, 15
	je	.L103
.L70:
	sub	rsi, rdx
	lea	r9, -1[rsi]
	cmp	r9, 6
	jbe	.L74
	movq	xmm1, QWORD PTR [r8+rdx]
	pxor	xmm1, xmm0
	movq	rdx, xmm1
	mov	r8, rdx
	movzx	eax, dh
	xor	eax, edx
	shr	r8, 16
	xor	eax, r8d
	mov	r8, rdx
	shr	r8, 24
	xor	eax, r8d
	mov	r8, rdx
	shr	r8, 32
	xor	eax, r8d
	mov	r8, rdx
	shr	r8, 40
	xor	eax, r8d
	mov	r8, rdx
	shr	rdx, 56
	shr	r8, 48
	xor	eax, r8d
	xor	eax, edx
	mov	rdx, rsi
	and	rdx, -8
	add	rdi, rdx
	sub	rcx, rdx
	and	esi, 7
	je	.L68
.L74:
	xor	al, BYTE PTR [rdi]
	test	rcx, rcx
	je	.L68
	xor	al, BYTE PTR 1[rdi]
	cmp	rcx, 1
	je	.L68
	xor	al, BYTE PTR 2[rdi]
	cmp	rcx, 2
	je	.L68
	xor	al, BYTE PTR 3[rdi]
	cmp	rcx, 3
	je	.L68
	xor	al, BYTE PTR 4[rdi]
	cmp	rcx, 4
	je	.L68
	xor	al, BYTE PTR 5[rdi]
	cmp	rcx, 5
	je	.L68
	xor	al, BYTE PTR 6[rdi]
	ret
	.p2align 4,,10
	.p2align 3
.L76:
	xor	eax, eax
.L68:
	ret
.L77:
	pxor	xmm0, xmm0
	xor	edx, edx
	xor	eax, eax
	jmp	.L70
.L103:
	ret
	.size	xor_checksum, .-xor_checksum
	.p2align 4
	.globl	internet_checksum
	.type	internet_checksum, @function
internet_checksum:
	mov	r8, rsi
	mov	rcx, rdi
	and	r8d, 1
	cmp	rsi, 1
	jbe	.L105
	lea	rax, -2[rsi]
	push	rbx
	mov	r9, rax
	shr	r9
	lea	rbx, 1[r9]
	cmp	rax, 29
	jbe	.L115
	mov	rdx, rbx
	pxor	xmm4, xmm4
	pxor	xmm3, xmm3
	mov	rax, rdi
	shr	rdx, 4
	movdqa	xmm5, XMMWORD PTR .LC0[rip]
	pxor	xmm2, xmm2
	sal	rdx, 5
	add	rdx, rdi
	.p2align 4,,10
	.p2align 3
.L107:
	movdqu	xmm0, XMMWORD PTR [rax]
	movdqu	xmm1, XMMWORD PTR 16[rax]
	add	rax, 32
	movdqu	xmm6, XMMWORD PTR -32[rax]
	pand	xmm1, xmm5
	pand	xmm0, xmm5
	packuswb	xmm0, xmm1
	movdqu	xmm1, XMMWORD PTR -16[rax]
	psrlw	xmm6, 8
	psrlw	xmm1, 8
	packuswb	xmm6, xmm1
	movdqa	xmm1, xmm0
	punpckhbw	xmm0, xmm3
	movdqa	xmm7, xmm6
	psllw	xmm0, 8
	punpckhbw	xmm6, xmm3
	por	xmm0, xmm6
	punpcklbw	xmm1, xmm3
	punpcklbw	xmm7, xmm3
	movdqa	xmm6, xmm0
	psllw	xmm1, 8
	punpckhwd	xmm0, xmm2
	por	xmm1, xmm7
	punpcklwd	xmm6, xmm2
	paddd	xmm0, xmm6
	movdqa	xmm6, xmm1
	punpckhwd	xmm1, xmm2
	punpcklwd	xmm6, xmm2
	paddd	xmm1, xmm6
	paddd	xmm0, xmm1
	paddd	xmm4, xmm0
	cmp	rdx, rax
	jne	.L107
	movdqa	xmm0, xmm4
	mov	r11, rbx
	movdqa	xmm5, xmm4
	psrldq	xmm0, 8
	and	r11, -16
	and	ebx, 15
	paddd	xmm0, xmm4
	lea	rdx, [r11+r11]
	psrldq	xmm4, 8
	movdqa	xmm1, xmm0
	paddd	xmm5, xmm4
	lea	rdi, 1[rdx]
	psrldq	xmm1, 4
	paddd	xmm0, xmm1
	movd	r10d, xmm0
	je	.L108
.L106:
	mov	rax, r9
	sub	rax, r11
	lea	r9, 1[rax]
	cmp	rax, 6
	jbe	.L109
	movq	xmm3, QWORD PTR .LC1[rip]
	lea	rax, [rcx+r11*2]
	movq	xmm2, QWORD PTR [rax]
	movq	xmm1, QWORD PTR 8[rax]
	movdqa	xmm0, xmm3
	pand	xmm0, xmm2
	psrlw	xmm2, 8
	pand	xmm3, xmm1
	packuswb	xmm0, xmm3
	psrlw	xmm1, 8
	pxor	xmm3, xmm3
	pshufd	xmm0, xmm0, 8
	packuswb	xmm2, xmm1
	pshufd	xmm2, xmm2, 8
	movdqa	xmm1, xmm0
	punpcklbw	xmm0, xmm3
	movdqa	xmm4, xmm2
	pshufd	xmm0, xmm0, 78
	punpcklbw	xmm2, xmm3
	punpcklbw	xmm1, xmm3
	pshufd	xmm2, xmm2, 78
	punpcklbw	xmm4, xmm3
	psllw	xmm0, 8
	psllw	xmm1, 8
	por	xmm0, xmm2
	por	xmm1, xmm4
	pxor	xmm2, xmm2
	movdqa	xmm4, xmm0
	movdqa	xmm3, xmm0
	movdqa	xmm0, xmm1
	punpcklwd	xmm4, xmm2
	punpcklwd	xmm1, xmm2
	punpcklwd	xmm3, xmm2
	pshufd	xmm4, xmm4, 78
	punpcklwd	xmm0, xmm2
	pshufd	xmm1, xmm1, 78
	paddd	xmm4, xmm3
	paddd	xmm1, xmm0
	paddd	xmm4, xmm1
	paddd	xmm4, xmm5
	movd	r10d, xmm4
	pshufd	xmm5, xmm4, 0xe5
	movd	eax, xmm5
	add	r10d, eax
	mov	rax, r9
	and	rax, -8
	add	rax, rax
	add	rdi, rax
	add	rdx, rax
	and	r9d, 7
	je	.L108
.L109:
	movzx	eax, BYTE PTR [rcx+rdx]
	movzx	edi, BYTE PTR [rcx+rdi]
	sal	eax, 8
	or	eax, edi
	add	r10d, eax
	lea	rax, 3[rdx]
	cmp	rax, rsi
	jnb	.L108
	movzx	eax, BYTE PTR 2[rcx+rdx]
	movzx	edi, BYTE PTR 3[rcx+rdx]
	sal	eax, 8
	or	eax, edi
	add	r10d, eax
	lea	rax, 5[rdx]
	cmp	rax, rsi
	jnb	.L108
	movzx	eax, BYTE PTR 4[rcx+rdx]
	movzx	edi, BYTE PTR 5[rcx+rdx]
	sal	eax, 8
	or	eax, edi
	add	r10d, eax
	lea	rax, 7[rdx]
	cmp	rax, rsi
	jnb	.L108
	movzx	eax, BYTE PTR 6[rcx+rdx]
	movzx	edi, BYTE PTR 7[rcx+rdx]
	sal	eax, 8
	or	eax, edi
	add	r10d, eax
	lea	rax, 9[rdx]
	cmp	rax, rsi
	jnb	.L108
	movzx	eax, BYTE PTR 8[rcx+rdx]
	movzx	edi, BYTE PTR 9[rcx+rdx]
	sal	eax, 8
	or	eax, edi
	add	r10d, eax
	lea	rax, 11[rdx]
	cmp	rax, rsi
	jnb	.L108
	movzx	eax, BYTE PTR 10[rcx+rdx]
	movzx	edi, BYTE PTR 11[rcx+rdx]
	sal	eax, 8
	or	eax, edi
	add	r10d, eax
	lea	rax, 13[rdx]
	cmp	rax, rsi
	jnb	.L108
	movzx	eax, BYTE PTR 12[rcx+rdx]
	movzx	edx, BYTE PTR 13[rcx+rdx]
	sal	eax, 8
	or	eax, edx
	add	r10d, eax
.L108:
	test	r8, r8
	jne	.L138
.L113:
	mov	eax, r10d
	shr	eax, 16
	je	.L112
	movzx	r10d, r10w
	add	eax, r10d
	mov	ebx, eax
	movzx	edx, ax
	add	edx, 1
	shr	ebx, 16
	pop	rbx
	cmovne	eax, edx
	not	eax
	ret
	.p2align 4,,10
	.p2align 3
.L138:
	movzx	eax, BYTE PTR -1[rcx+rsi]
	sal	eax, 8
	add	r10d, eax
	jmp	.L113
	.p2align 4,,10
	.p2align 3
.L105:
	mov	eax, -1
	test	r8, r8
	je	.L134
	movzx	r10d, BYTE PTR [rdi]
	sal	r10d, 8
	mov	eax, r10d
	not	eax
	ret
.L134:
	ret
.L115:
	pxor	xmm5, xmm5
	xor	r11d, r11d
	xor	edx, edx
	xor	r10d, r10d
	mov	edi, 1
	jmp	.L106
.L112:
	mov	eax, r10d
	pop	rbx
	not	eax
	ret
	.size	internet_checksum, .-internet_checksum
	.section	.rodata
	.align 32
	.type	crc_nibble, @object
	.size	crc_nibble, 64
crc_nibble:
	.long	0
	.long	498536548
	.long	997073096
	.long	651767980
	.long	1994146192
	.long	1802195444
	.long	1303535960
	.long	1342533948
	.long	-306674912
	.long	-267414716
	.long	-690576408
	.long	-882789492
	.long	-1687895376
	.long	-2032938284
	.long	-1609899400
	.long	-1111625188
	.section	.rodata.cst16,"aM",@progbits,16
	.align 16
.LC0:
	.value	255
	.value	255
	.value	255
	.value	255
	.value	255
	.value	255
	.value	255
	.value	255
	.set	.LC1,.LC0
	.ident	"GCC: (Debian 12.2.0-14+deb12u1) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
