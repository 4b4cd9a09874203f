	.file	"checksums.c"
	.intel_syntax noprefix
	.text
	.globl	adler32
	.type	adler32, @function
adler32:
	xor	r9d, r9d
	xor	ecx, ecx
	mov	r8d, 1
	mov	r10d, 65521
.L2:
	cmp	r9, rsi
	je	.L5
	movzx	eax, BYTE PTR [rdi+r9]
	xor	edx, edx
	inc	r9
	add	eax, r8d
	div	r10d
	lea	eax, [rcx+rdx]
	mov	r8d, edx
	xor	edx, edx
	div	r10d
	mov	ecx, edx
	jmp	.L2
.L5:
	mov	eax, ecx
	sal	eax, 16
	or	eax, r8d
	ret
	.size	adler32, .-adler32
	.globl	crc32_bitwise
	.type	crc32_bitwise, @function
crc32_bitwise:
	xor	edx, edx
	or	eax, -1
.L7:
	cmp	rdx, rsi
	je	.L11
	movzx	ecx, BYTE PTR [rdi+rdx]
	xor	eax, ecx
	mov	ecx, 8
.L8:
	mov	r8d, eax
	and	eax, 1
	neg	eax
	shr	r8d
	and	eax, -306674912
	xor	eax, r8d
	dec	ecx
	jne	.L8
	inc	rdx
	jmp	.L7
.L11:
	not	eax
	ret
	.size	crc32_bitwise, .-crc32_bitwise
	.globl	crc32_table
	.type	crc32_table, @function
crc32_table:
	xor	ecx, ecx
	or	edx, -1
	lea	r8, crc_nibble[rip]
.L13:
	cmp	rcx, rsi
	je	.L15
	movzx	eax, BYTE PTR [rdi+rcx]
	inc	rcx
	xor	eax, edx
	mov	edx, eax
	shr	eax, 4
	and	edx, 15
	xor	eax, DWORD PTR [r8+rdx*4]
	mov	edx, eax
	shr	eax, 4
	and	edx, 15
	xor	eax, DWORD PTR [r8+rdx*4]
	mov	edx, eax
	jmp	.L13
.L15:
	mov	eax, edx
	not	eax
	ret
	.size	crc32_table, .-crc32_table
	.globl	fnv1a32
	.type	fnv1a32, @function
fnv1a32:
	mov	eax, -2128831035
.L17:
	movzx	edx, BYTE PTR [rdi]
	test	dl, dl
	je	.L19
	xor	eax, edx
	inc	rdi
	imul	eax, eax, 16777619
	jmp	.L17
.L19:
	ret
	.size	fnv1a32, .-fnv1a32
	.globl	fnv1a64
	.type	fnv1a64, @function
fnv1a64:
	movabs	rax, -3750763034362895579
	movabs	rcx, 1099511628211
.L21:
	movzx	edx, BYTE PTR [rdi]
	test	dl, dl
	je	.L23
	xor	rax, rdx
	inc	rdi
	imul	rax, rcx
	jmp	.L21
.L23:
	ret
	.size	fnv1a64, .-fnv1a64
	.globl	djb2
	.type	djb2, @function
djb2:
	mov	eax, 5381
.L25:
	movsx	rdx, BYTE PTR [rdi]
	inc	rdi
	test	dl, dl
	je	.L27
	imul	rax, rax, 33
	add	rax, rdx
	jmp	.L25
.L27:
	ret
	.size	djb2, .-djb2
	.globl	sdbm
	.type	sdbm, @function
sdbm:
	xor	eax, eax
.L29:
	movsx	rdx, BYTE PTR [rdi]
	inc	rdi
	test	dl, dl
	je	.L31
	imul	rax, rax, 65599
	add	rax, rdx
	jmp	.L29
.L31:
	ret
	.size	sdbm, .-sdbm
	.globl	one_at_a_time
	.type	one_at_a_time, @function
one_at_a_time:
	xor	ecx, ecx
	xor	eax, eax
.L33:
	cmp	rcx, rsi
	je	.L35
	movzx	edx, BYTE PTR [rdi+rcx]
	inc	rcx
	add	edx, eax
	imul	edx, edx, 1025
	mov	eax, edx
	shr	eax, 6
	xor	eax, edx
	jmp	.L33
.L35:
	lea	eax, [rax+rax*8]
	mov	edx, eax
	shr	edx, 11
	xor	eax, edx
	imul	eax, eax, 32769
	ret
	.size	one_at_a_time, .-one_at_a_time
	.globl	fletcher16
	.type	fletcher16, @function
fletcher16:
	mov	r9, rdi
	mov	r10, rsi
	xor	edi, edi
	xor	edx, edx
	xor	esi, esi
	mov	r8d, 255
.L37:
	movzx	ecx, dx
	cmp	rdi, r10
	je	.L39
	movzx	eax, BYTE PTR [r9+rdi]
	inc	rdi
	add	eax, esi
	cdq
	idiv	r8d
	lea	eax, [rdx+rcx]
	movzx	esi, dx
	cdq
	idiv	r8d
	jmp	.L37
.L39:
	sal	ecx, 8
	mov	eax, esi
	or	eax, ecx
	ret
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
	push	rbx
	mov	rbx, rdi
	call	strlen@PLT
	lea	r8d, -1[rax]
	mov	rcx, rax
	mov	edi, eax
	xor	eax, eax
	movsx	rsi, r8d
.L45:
	cmp	esi, -1
	je	.L54
	movsx	edx, BYTE PTR [rbx+rsi]
	sub	edx, 48
	cmp	edx, 9
	ja	.L49
	mov	r9d, r8d
	sub	r9d, esi
	and	r9b, 1
	je	.L47
	add	edx, edx
	cmp	edx, 9
	jle	.L47
	sub	edx, 9
.L47:
	add	eax, edx
	dec	rsi
	jmp	.L45
.L54:
	test	ecx, ecx
	je	.L44
	cdq
	mov	ecx, 10
	xor	edi, edi
	idiv	ecx
	test	edx, edx
	sete	dil
	jmp	.L44
.L49:
	xor	edi, edi
.L44:
	mov	eax, edi
	pop	rbx
	ret
	.size	luhn_valid, .-luhn_valid
	.globl	xor_checksum
	.type	xor_checksum, @function
xor_checksum:
	xor	eax, eax
	xor	edx, edx
.L56:
	cmp	rsi, rax
	je	.L58
	xor	dl, BYTE PTR [rdi+rax]
	inc	rax
	jmp	.L56
.L58:
	mov	eax, edx
	ret
	.size	xor_checksum, .-xor_checksum
	.globl	internet_checksum
	.type	internet_checksum, @function
internet_checksum:
	mov	edx, 1
	xor	eax, eax
.L60:
	cmp	rdx, rsi
	jnb	.L69
	movzx	ecx, BYTE PTR -1[rdi+rdx]
	movzx	r8d, BYTE PTR [rdi+rdx]
	add	rdx, 2
	sal	ecx, 8
	or	ecx, r8d
	add	eax, ecx
	jmp	.L60
.L69:
	test	sil, 1
	je	.L63
	movzx	edx, BYTE PTR -1[rdi+rsi]
	sal	edx, 8
.L68:
	add	eax, edx
.L63:
	mov	edx, eax
	shr	edx, 16
	je	.L70
	movzx	eax, ax
	jmp	.L68
.L70:
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
	.ident	"GCC: (Debian 12.2.0-14+deb12u1) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
