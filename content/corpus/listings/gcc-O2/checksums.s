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
	je	.L11
	add	rsi, rdi
	mov	eax, -1
	.p2align 4,,10
	.p2align 3
.L10:
	movzx	edx, BYTE PTR [rdi]
	xor	eax, edx
	mov	edx, 8
	.p2align 4,,10
	.p2align 3
.L9:
	mov	ecx, eax
	and	eax, 1
	neg	eax
	shr	ecx
	and	eax, -306674912
	xor	eax, ecx
	sub	edx, 1
	jne	.L9
	add	rdi, 1
	cmp	rdi, rsi
	jne	.L10
	not	eax
	ret
.L11:
	xor	eax, eax
	ret
	.size	crc32_bitwise, .-crc32_bitwise
	.p2align 4
	.globl	crc32_table
	.type	crc32_table, @function
crc32_table:
	test	rsi, rsi
	je	.L17
	add	rsi, rdi
	mov	edx, -1
	lea	rcx, crc_nibble[rip]
	.p2align 4,,10
	.p2align 3
.L16:
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
	jne	.L16
	not	eax
	ret
	.p2align 4,,10
	.p2align 3
.L17:
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
	je	.L22
	.p2align 4,,10
	.p2align 3
.L21:
	add	rdi, 1
	xor	eax, edx
	movzx	edx, BYTE PTR [rdi]
	imul	eax, eax, 16777619
	test	dl, dl
	jne	.L21
	ret
	.p2align 4,,10
	.p2align 3
.L22:
	ret
	.size	fnv1a32, .-fnv1a32
	.p2align 4
	.globl	fnv1a64
	.type	fnv1a64, @function
fnv1a64:
	movabs	rax, -3750763034362895579
	movzx	edx, BYTE PTR [rdi]
	test	dl, dl
	je	.L24
	movabs	rcx, 1099511628211
	.p2align 4,,10
	.p2align 3
.L26:
	add	rdi, 1
	xor	rax, rdx
	movzx	edx, BYTE PTR [rdi]
	imul	rax, rcx
	test	dl, dl
	jne	.L26
.L24:
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
	je	.L33
	.p2align 4,,10
	.p2align 3
.L32:
	mov	rsi, rax
	add	rcx, 1
	sal	rsi, 5
	add	rax, rsi
	add	rax, rdx
	movsx	rdx, BYTE PTR -1[rcx]
	test	dl, dl
	jne	.L32
	ret
	.p2align 4,,10
	.p2align 3
.L33:
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
	je	.L35
	.p2align 4,,10
	.p2align 3
.L37:
	mov	rax, rcx
	add	rsi, 1
	sal	rax, 10
	add	rax, rcx
	sal	rax, 6
	sub	rax, rcx
	lea	rcx, [rdx+rax]
	movsx	rdx, BYTE PTR -1[rsi]
	test	dl, dl
	jne	.L37
.L35:
	mov	rax, rcx
	ret
	.size	sdbm, .-sdbm
	.p2align 4
	.globl	one_at_a_time
	.type	one_at_a_time, @function
one_at_a_time:
	test	rsi, rsi
	je	.L43
	add	rsi, rdi
	xor	eax, eax
	.p2align 4,,10
	.p2align 3
.L42:
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
	jne	.L42
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
.L43:
	xor	eax, eax
	ret
	.size	one_at_a_time, .-one_at_a_time
	.p2align 4
	.globl	fletcher16
	.type	fletcher16, @function
fletcher16:
	test	rsi, rsi
	je	.L48
	lea	r10, [rdi+rsi]
	xor	ecx, ecx
	xor	esi, esi
	mov	r9d, 2155905153
	.p2align 4,,10
	.p2align 3
.L47:
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
	jne	.L47
	sal	edx, 8
	or	eax, edx
	ret
	.p2align 4,,10
	.p2align 3
.L48:
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
	je	.L58
	push	rbx
	mov	rbx, rdi
	lea	rdi, 1[rdi]
	call	strlen@PLT
	xor	esi, esi
	movsx	rcx, eax
	jmp	.L57
	.p2align 4,,10
	.p2align 3
.L69:
	mov	edi, eax
	sub	edi, ecx
	and	edi, 1
	je	.L56
	add	edx, edx
	lea	edi, -9[rdx]
	cmp	edx, 9
	cmovg	edx, edi
.L56:
	sub	rcx, 1
	add	esi, edx
	cmp	ecx, -1
	je	.L68
.L57:
	movsx	edx, BYTE PTR [rbx+rcx]
	sub	edx, 48
	cmp	edx, 9
	jbe	.L69
	xor	eax, eax
	pop	rbx
	ret
	.p2align 4,,10
	.p2align 3
.L68:
	imul	esi, esi, -858993459
	xor	eax, eax
	pop	rbx
	ror	esi
	cmp	esi, 429496729
	setbe	al
	ret
	.p2align 4,,10
	.p2align 3
.L58:
	xor	eax, eax
	ret
	.size	luhn_valid, .-luhn_valid
	.p2align 4
	.globl	xor_checksum
	.type	xor_checksum, @function
xor_checksum:
	test	rsi, rsi
	je	.L73
	add	rsi, rdi
	xor	eax, eax
	.p2align 4,,10
	.p2align 3
.L72:
	add	rdi, 1
	xor	al, BYTE PTR -1[rdi]
	cmp	rsi, rdi
	jne	.L72
	ret
	.p2align 4,,10
	.p2align 3
.L73:
	xor	eax, eax
	ret
	.size	xor_checksum, .-xor_checksum
	.p2align 4
	.globl	internet_checksum
	.type	internet_checksum, @function
internet_checksum:
	mov	r10, rsi
	and	r10d, 1
	cmp	rsi, 1
	jbe	.L76
	lea	rax, -2[rsi]
	mov	rdx, rdi
	xor	ecx, ecx
	and	rax, -2
	lea	r9, 2[rdi+rax]
	.p2align 4,,10
	.p2align 3
.L77:
	movzx	eax, BYTE PTR [rdx]
	movzx	r8d, BYTE PTR 1[rdx]
	add	rdx, 2
	sal	eax, 8
	or	eax, r8d
	add	ecx, eax
	cmp	r9, rdx
	jne	.L77
	test	r10, r10
	jne	.L95
.L81:
	mov	eax, ecx
	shr	eax, 16
	je	.L80
	movzx	ecx, cx
	add	eax, ecx
	mov	edi, eax
	movzx	edx, ax
	add	edx, 1
	shr	edi, 16
	cmovne	eax, edx
	not	eax
	ret
	.p2align 4,,10
	.p2align 3
.L95:
	movzx	eax, BYTE PTR -1[rdi+rsi]
	sal	eax, 8
	add	ecx, eax
	jmp	.L81
	.p2align 4,,10
	.p2align 3
.L76:
	mov	eax, -1
	test	r10, r10
	je	.L75
	movzx	ecx, BYTE PTR [rdi]
	sal	ecx, 8
.L80:
	mov	eax, ecx
	not	eax
.L75:
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
	.ident	"GCC: (Debian 12.2.0-14+deb12u1) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
