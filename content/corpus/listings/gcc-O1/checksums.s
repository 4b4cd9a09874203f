	.file	"checksums.c"
	.intel_syntax noprefix
	.text
	.globl	adler32
	.type	adler32, @function
adler32:
	test	rsi, rsi
	je	.L4
	mov	r8, rdi
	add	rdi, rsi
	mov	eax, 0
	mov	edx, 1
	mov	esi, 2147975281
.L3:
	movzx	ecx, BYTE PTR [r8]
	add	ecx, edx
	mov	edx, ecx
	imul	rdx, rsi
	shr	rdx, 47
	imul	r9d, edx, 65521
	sub	ecx, r9d
	mov	edx, ecx
	lea	ecx, [rcx+rax]
	mov	eax, ecx
	imul	rax, rsi
	shr	rax, 47
	imul	r9d, eax, 65521
	mov	eax, ecx
	sub	eax, r9d
	add	r8, 1
	cmp	r8, rdi
	jne	.L3
.L2:
	sal	eax, 16
	or	eax, edx
	ret
.L4:
	mov	eax, 0
	mov	edx, 1
	jmp	.L2
	.size	adler32, .-adler32
	.globl	crc32_bitwise
	.type	crc32_bitwise, @function
crc32_bitwise:
	test	rsi, rsi
	je	.L10
	mov	r8, rdi
	add	rsi, rdi
	mov	eax, -1
	jmp	.L9
.L13:
	add	r8, 1
	cmp	r8, rsi
	je	.L7
.L9:
	movzx	edx, BYTE PTR [r8]
	xor	eax, edx
	mov	edx, 8
.L8:
	mov	ecx, eax
	shr	ecx
	and	eax, 1
	neg	eax
	and	eax, -306674912
	xor	eax, ecx
	sub	edx, 1
	jne	.L8
	jmp	.L13
.L10:
	mov	eax, -1
.L7:
	not	eax
	ret
	.size	crc32_bitwise, .-crc32_bitwise
	.globl	crc32_table
	.type	crc32_table, @function
crc32_table:
	test	rsi, rsi
	je	.L17
	mov	rdx, rdi
	add	rdi, rsi
	mov	ecx, -1
	lea	rsi, crc_nibble[rip]
.L16:
	movzx	eax, BYTE PTR [rdx]
	xor	eax, ecx
	mov	ecx, eax
	and	ecx, 15
	shr	eax, 4
	xor	eax, DWORD PTR [rsi+rcx*4]
	mov	ecx, eax
	and	ecx, 15
	shr	eax, 4
	xor	eax, DWORD PTR [rsi+rcx*4]
	mov	ecx, eax
	add	rdx, 1
	cmp	rdx, rdi
	jne	.L16
.L15:
	mov	eax, ecx
	not	eax
	ret
.L17:
	mov	ecx, -1
	jmp	.L15
	.size	crc32_table, .-crc32_table
	.globl	fnv1a32
	.type	fnv1a32, @function
fnv1a32:
	movzx	edx, BYTE PTR [rdi]
	test	dl, dl
	je	.L22
	mov	eax, -2128831035
.L21:
	add	rdi, 1
	movzx	edx, dl
	xor	eax, edx
	imul	eax, eax, 16777619
	movzx	edx, BYTE PTR [rdi]
	test	dl, dl
	jne	.L21
	ret
.L22:
	mov	eax, -2128831035
	ret
	.size	fnv1a32, .-fnv1a32
	.globl	fnv1a64
	.type	fnv1a64, @function
fnv1a64:
	movzx	edx, BYTE PTR [rdi]
	movabs	rax, -3750763034362895579
	test	dl, dl
	je	.L24
	movabs	rcx, 1099511628211
.L26:
	add	rdi, 1
	movzx	edx, dl
	xor	rax, rdx
	imul	rax, rcx
	movzx	edx, BYTE PTR [rdi]
	test	dl, dl
	jne	.L26
.L24:
	ret
	.size	fnv1a64, .-fnv1a64
	.globl	djb2
	.type	djb2, @function
djb2:
	lea	rcx, 1[rdi]
	movzx	edx, BYTE PTR [rdi]
	test	dl, dl
	je	.L32
	mov	eax, 5381
.L31:
	mov	rsi, rax
	sal	rsi, 5
	add	rax, rsi
	movsx	rdx, dl
	add	rax, rdx
	add	rcx, 1
	movzx	edx, BYTE PTR -1[rcx]
	test	dl, dl
	jne	.L31
	ret
.L32:
	mov	eax, 5381
	ret
	.size	djb2, .-djb2
	.globl	sdbm
	.type	sdbm, @function
sdbm:
	lea	rsi, 1[rdi]
	movzx	edx, BYTE PTR [rdi]
	test	dl, dl
	je	.L37
	mov	ecx, 0
.L36:
	mov	rax, rcx
	sal	rax, 10
	add	rax, rcx
	sal	rax, 6
	sub	rax, rcx
	movsx	rdx, dl
	lea	rcx, [rdx+rax]
	add	rsi, 1
	movzx	edx, BYTE PTR -1[rsi]
	test	dl, dl
	jne	.L36
.L34:
	mov	rax, rcx
	ret
.L37:
	mov	ecx, 0
	jmp	.L34
	.size	sdbm, .-sdbm
	.globl	one_at_a_time
	.type	one_at_a_time, @function
one_at_a_time:
	test	rsi, rsi
	je	.L42
	mov	rcx, rdi
	add	rdi, rsi
	mov	eax, 0
.L41:
	movzx	edx, BYTE PTR [rcx]
	add	edx, eax
	mov	eax, edx
	sal	eax, 10
	add	eax, edx
	mov	edx, eax
	shr	edx, 6
	xor	eax, edx
	add	rcx, 1
	cmp	rcx, rdi
	jne	.L41
.L40:
	lea	eax, [rax+rax*8]
	mov	edx, eax
	shr	edx, 11
	xor	edx, eax
	mov	eax, edx
	sal	eax, 15
	add	eax, edx
	ret
.L42:
	mov	eax, 0
	jmp	.L40
	.size	one_at_a_time, .-one_at_a_time
	.globl	fletcher16
	.type	fletcher16, @function
fletcher16:
	test	rsi, rsi
	je	.L47
	mov	rcx, rdi
	add	rsi, rdi
	mov	eax, 0
	mov	r8d, 0
.L46:
	movzx	edi, BYTE PTR [rcx]
	movzx	r8d, r8w
	add	edi, r8d
	movsx	rdx, edi
	imul	rdx, rdx, -2139062143
	shr	rdx, 32
	add	edx, edi
	sar	edx, 7
	mov	r8d, edx
	sal	r8d, 8
	sub	r8d, edx
	sub	edi, r8d
	mov	r8d, edi
	movzx	eax, ax
	add	eax, edi
	movsx	rdx, eax
	imul	rdx, rdx, -2139062143
	shr	rdx, 32
	add	edx, eax
	sar	edx, 7
	mov	edi, eax
	sar	edi, 31
	sub	edx, edi
	mov	edi, edx
	sal	edi, 8
	sub	edi, edx
	sub	eax, edi
	add	rcx, 1
	cmp	rcx, rsi
	jne	.L46
.L45:
	sal	eax, 8
	or	eax, r8d
	ret
.L47:
	mov	eax, 0
	mov	r8d, 0
	jmp	.L45
	.size	fletcher16, .-fletcher16
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
	.globl	murmur_fmix64
	.type	murmur_fmix64, @function
murmur_fmix64:
	mov	rax, rdi
	shr	rax, 33
	xor	rax, rdi
	movabs	rdx, -49064778989728563
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
	mov	rdx, rdi
	shr	rdx, 27
	xor	rdx, rdi
	movabs	rax, -7723592293110705685
	imul	rdx, rax
	mov	rax, rdx
	shr	rax, 31
	xor	rax, rdx
	ret
	.size	splitmix64, .-splitmix64
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
	.globl	luhn_valid
	.type	luhn_valid, @function
luhn_valid:
	cmp	BYTE PTR [rdi], 0
	je	.L59
	lea	rax, 1[rdi]
	mov	ecx, 0
.L55:
	mov	r8d, ecx
	add	ecx, 1
	add	rax, 1
	cmp	BYTE PTR -1[rax], 0
	jne	.L55
	test	r8d, r8d
	js	.L60
	movsx	rdx, r8d
	mov	esi, 0
	jmp	.L58
.L57:
	add	esi, eax
	sub	rdx, 1
	test	edx, edx
	js	.L56
.L58:
	movsx	eax, BYTE PTR [rdi+rdx]
	sub	eax, 48
	cmp	eax, 9
	ja	.L61
	mov	r9d, r8d
	sub	r9d, edx
	test	r9b, 1
	je	.L57
	add	eax, eax
	lea	r9d, -9[rax]
	cmp	eax, 9
	cmovg	eax, r9d
	jmp	.L57
.L60:
	mov	esi, 0
.L56:
	mov	eax, 0
	test	ecx, ecx
	jle	.L53
	movsx	rax, esi
	imul	rax, rax, 1717986919
	sar	rax, 34
	mov	edx, esi
	sar	edx, 31
	sub	eax, edx
	lea	eax, [rax+rax*4]
	add	eax, eax
	cmp	esi, eax
	sete	al
	movzx	eax, al
	ret
.L59:
	mov	eax, 0
	ret
.L61:
	mov	eax, 0
.L53:
	ret
	.size	luhn_valid, .-luhn_valid
	.globl	xor_checksum
	.type	xor_checksum, @function
xor_checksum:
	test	rsi, rsi
	je	.L68
	add	rsi, rdi
	mov	eax, 0
.L67:
	add	rdi, 1
	xor	al, BYTE PTR -1[rdi]
	cmp	rsi, rdi
	jne	.L67
	ret
.L68:
	mov	eax, 0
	ret
	.size	xor_checksum, .-xor_checksum
	.globl	internet_checksum
	.type	internet_checksum, @function
internet_checksum:
	cmp	rsi, 1
	jbe	.L71
	mov	rcx, rdi
	lea	rax, -2[rsi]
	and	rax, -2
	lea	r9, 2[rdi+rax]
	mov	eax, 0
.L72:
	movzx	edx, BYTE PTR [rcx]
	sal	edx, 8
	movzx	r8d, BYTE PTR 1[rcx]
	or	edx, r8d
	add	eax, edx
	add	rcx, 2
	cmp	rcx, r9
	jne	.L72
	test	sil, 1
	je	.L73
.L76:
	movzx	edx, BYTE PTR -1[rdi+rsi]
	sal	edx, 8
	add	eax, edx
.L73:
	mov	edx, eax
	shr	edx, 16
	je	.L74
.L75:
	movzx	eax, ax
	add	eax, edx
	mov	edx, eax
	shr	edx, 16
	jne	.L75
.L74:
	not	eax
	ret
.L77:
	mov	eax, 0
	jmp	.L76
.L71:
	test	sil, 1
	jne	.L77
	mov	eax, 0
	jmp	.L74
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
