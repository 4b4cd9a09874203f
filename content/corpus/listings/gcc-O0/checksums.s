	.file	"checksums.c"
	.intel_syntax noprefix
	.text
	.globl	adler32
	.type	adler32, @function
adler32:
	push	rbp
	mov	rbp, rsp
	mov	QWORD PTR -24[rbp], rdi
	mov	QWORD PTR -32[rbp], rsi
	mov	DWORD PTR -4[rbp], 1
	mov	DWORD PTR -8[rbp], 0
	mov	QWORD PTR -16[rbp], 0
	jmp	.L2
.L3:
	mov	rdx, QWORD PTR -24[rbp]
	mov	rax, QWORD PTR -16[rbp]
	add	rax, rdx
	movzx	eax, BYTE PTR [rax]
	movzx	edx, al
	mov	eax, DWORD PTR -4[rbp]
	add	edx, eax
	mov	ecx, edx
	mov	eax, 2147975281
	imul	rax, rcx
	shr	rax, 32
	shr	eax, 15
	mov	DWORD PTR -4[rbp], eax
	mov	eax, DWORD PTR -4[rbp]
	imul	eax, eax, 65521
	sub	edx, eax
	mov	DWORD PTR -4[rbp], edx
	mov	edx, DWORD PTR -8[rbp]
	mov	eax, DWORD PTR -4[rbp]
	add	edx, eax
	mov	ecx, edx
	mov	eax, 2147975281
	imul	rax, rcx
	shr	rax, 32
	shr	eax, 15
	mov	DWORD PTR -8[rbp], eax
	mov	eax, DWORD PTR -8[rbp]
	imul	eax, eax, 65521
	sub	edx, eax
	mov	DWORD PTR -8[rbp], edx
	add	QWORD PTR -16[rbp], 1
.L2:
	mov	rax, QWORD PTR -16[rbp]
	cmp	rax, QWORD PTR -32[rbp]
	jb	.L3
	mov	eax, DWORD PTR -8[rbp]
	sal	eax, 16
	or	eax, DWORD PTR -4[rbp]
	pop	rbp
	ret
	.size	adler32, .-adler32
	.globl	crc32_bitwise
	.type	crc32_bitwise, @function
crc32_bitwise:
	push	rbp
	mov	rbp, rsp
	mov	QWORD PTR -40[rbp], rdi
	mov	QWORD PTR -48[rbp], rsi
	mov	DWORD PTR -4[rbp], -1
	mov	QWORD PTR -16[rbp], 0
	jmp	.L6
.L9:
	mov	rdx, QWORD PTR -40[rbp]
	mov	rax, QWORD PTR -16[rbp]
	add	rax, rdx
	movzx	eax, BYTE PTR [rax]
	movzx	eax, al
	xor	DWORD PTR -4[rbp], eax
	mov	DWORD PTR -20[rbp], 0
	jmp	.L7
.L8:
	mov	eax, DWORD PTR -4[rbp]
	shr	eax
	mov	edx, eax
	mov	eax, DWORD PTR -4[rbp]
	and	eax, 1
	neg	eax
	and	eax, -306674912
	xor	eax, edx
	mov	DWORD PTR -4[rbp], eax
	add	DWORD PTR -20[rbp], 1
.L7:
	cmp	DWORD PTR -20[rbp], 7
	jle	.L8
	add	QWORD PTR -16[rbp], 1
.L6:
	mov	rax, QWORD PTR -16[rbp]
	cmp	rax, QWORD PTR -48[rbp]
	jb	.L9
	mov	eax, DWORD PTR -4[rbp]
	not	eax
	pop	rbp
	ret
	.size	crc32_bitwise, .-crc32_bitwise
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
	.text
	.globl	crc32_table
	.type	crc32_table, @function
crc32_table:
	push	rbp
	mov	rbp, rsp
	mov	QWORD PTR -24[rbp], rdi
	mov	QWORD PTR -32[rbp], rsi
	mov	DWORD PTR -4[rbp], -1
	mov	QWORD PTR -16[rbp], 0
	jmp	.L12
.L13:
	mov	rdx, QWORD PTR -24[rbp]
	mov	rax, QWORD PTR -16[rbp]
	add	rax, rdx
	movzx	eax, BYTE PTR [rax]
	movzx	eax, al
	xor	DWORD PTR -4[rbp], eax
	mov	eax, DWORD PTR -4[rbp]
	and	eax, 15
	mov	eax, eax
	lea	rdx, 0[0+rax*4]
	lea	rax, crc_nibble[rip]
	mov	eax, DWORD PTR [rdx+rax]
	mov	edx, DWORD PTR -4[rbp]
	shr	edx, 4
	xor	eax, edx
	mov	DWORD PTR -4[rbp], eax
	mov	eax, DWORD PTR -4[rbp]
	and	eax, 15
	mov	eax, eax
	lea	rdx, 0[0+rax*4]
	lea	rax, crc_nibble[rip]
	mov	eax, DWORD PTR [rdx+rax]
	mov	edx, DWORD PTR -4[rbp]
	shr	edx, 4
	xor	eax, edx
	mov	DWORD PTR -4[rbp], eax
	add	QWORD PTR -16[rbp], 1
.L12:
	mov	rax, QWORD PTR -16[rbp]
	cmp	rax, QWORD PTR -32[rbp]
	jb	.L13
	mov	eax, DWORD PTR -4[rbp]
	not	eax
	pop	rbp
	ret
	.size	crc32_table, .-crc32_table
	.globl	fnv1a32
	.type	fnv1a32, @function
fnv1a32:
	push	rbp
	mov	rbp, rsp
	mov	QWORD PTR -24[rbp], rdi
	mov	DWORD PTR -4[rbp], -2128831035
	jmp	.L16
.L17:
	mov	rax, QWORD PTR -24[rbp]
	lea	rdx, 1[rax]
	mov	QWORD PTR -24[rbp], rdx
	movzx	eax, BYTE PTR [rax]
	movzx	eax, al
	xor	DWORD PTR -4[rbp], eax
	mov	eax, DWORD PTR -4[rbp]
	imul	eax, eax, 16777619
	mov	DWORD PTR -4[rbp], eax
.L16:
	mov	rax, QWORD PTR -24[rbp]
	movzx	eax, BYTE PTR [rax]
	test	al, al
	jne	.L17
	mov	eax, DWORD PTR -4[rbp]
	pop	rbp
	ret
	.size	fnv1a32, .-fnv1a32
	.globl	fnv1a64
	.type	fnv1a64, @function
fnv1a64:
	push	rbp
	mov	rbp, rsp
	mov	QWORD PTR -24[rbp], rdi
	movabs	rax, -3750763034362895579
	mov	QWORD PTR -8[rbp], rax
	jmp	.L20
.L21:
	mov	rax, QWORD PTR -24[rbp]
	lea	rdx, 1[rax]
	mov	QWORD PTR -24[rbp], rdx
	movzx	eax, BYTE PTR [rax]
	movzx	eax, al
	xor	QWORD PTR -8[rbp], rax
	mov	rax, QWORD PTR -8[rbp]
	movabs	rdx, 1099511628211
	imul	rax, rdx
	mov	QWORD PTR -8[rbp], rax
.L20:
	mov	rax, QWORD PTR -24[rbp]
	movzx	eax, BYTE PTR [rax]
	test	al, al
	jne	.L21
	mov	rax, QWORD PTR -8[rbp]
	pop	rbp
	ret
	.size	fnv1a64, .-fnv1a64
	.globl	djb2
	.type	djb2, @function
djb2:
	push	rbp
	mov	rbp, rsp
	mov	QWORD PTR -24[rbp], rdi
	mov	QWORD PTR -8[rbp], 5381
	jmp	.L24
.L25:
	mov	rdx, QWORD PTR -8[rbp]
	mov	rax, rdx
	sal	rax, 5
	add	rdx, rax
	mov	eax, DWORD PTR -12[rbp]
	cdqe
	add	rax, rdx
	mov	QWORD PTR -8[rbp], rax
.L24:
	mov	rax, QWORD PTR -24[rbp]
	lea	rdx, 1[rax]
	mov	QWORD PTR -24[rbp], rdx
	movzx	eax, BYTE PTR [rax]
	movsx	eax, al
	mov	DWORD PTR -12[rbp], eax
	cmp	DWORD PTR -12[rbp], 0
	jne	.L25
	mov	rax, QWORD PTR -8[rbp]
	pop	rbp
	ret
	.size	djb2, .-djb2
	.globl	sdbm
	.type	sdbm, @function
sdbm:
	push	rbp
	mov	rbp, rsp
	mov	QWORD PTR -24[rbp], rdi
	mov	QWORD PTR -8[rbp], 0
	jmp	.L28
.L29:
	mov	eax, DWORD PTR -12[rbp]
	cdqe
	mov	rdx, QWORD PTR -8[rbp]
	sal	rdx, 6
	add	rdx, rax
	mov	rax, QWORD PTR -8[rbp]
	sal	rax, 16
	add	rax, rdx
	sub	rax, QWORD PTR -8[rbp]
	mov	QWORD PTR -8[rbp], rax
.L28:
	mov	rax, QWORD PTR -24[rbp]
	lea	rdx, 1[rax]
	mov	QWORD PTR -24[rbp], rdx
	movzx	eax, BYTE PTR [rax]
	movsx	eax, al
	mov	DWORD PTR -12[rbp], eax
	cmp	DWORD PTR -12[rbp], 0
	jne	.L29
	mov	rax, QWORD PTR -8[rbp]
	pop	rbp
	ret
	.size	sdbm, .-sdbm
	.globl	one_at_a_time
	.type	one_at_a_time, @function
one_at_a_time:
	push	rbp
	mov	rbp, rsp
	mov	QWORD PTR -24[rbp], rdi
	mov	QWORD PTR -32[rbp], rsi
	mov	DWORD PTR -4[rbp], 0
	mov	QWORD PTR -16[rbp], 0
	jmp	.L32
.L33:
	mov	rdx, QWORD PTR -24[rbp]
	mov	rax, QWORD PTR -16[rbp]
	add	rax, rdx
	movzx	eax, BYTE PTR [rax]
	movzx	eax, al
	add	DWORD PTR -4[rbp], eax
	mov	eax, DWORD PTR -4[rbp]
	sal	eax, 10
	add	DWORD PTR -4[rbp], eax
	mov	eax, DWORD PTR -4[rbp]
	shr	eax, 6
	xor	DWORD PTR -4[rbp], eax
	add	QWORD PTR -16[rbp], 1
.L32:
	mov	rax, QWORD PTR -16[rbp]
	cmp	rax, QWORD PTR -32[rbp]
	jb	.L33
	mov	eax, DWORD PTR -4[rbp]
	sal	eax, 3
	add	DWORD PTR -4[rbp], eax
	mov	eax, DWORD PTR -4[rbp]
	shr	eax, 11
	xor	DWORD PTR -4[rbp], eax
	mov	eax, DWORD PTR -4[rbp]
	sal	eax, 15
	add	DWORD PTR -4[rbp], eax
	mov	eax, DWORD PTR -4[rbp]
	pop	rbp
	ret
	.size	one_at_a_time, .-one_at_a_time
	.globl	fletcher16
	.type	fletcher16, @function
fletcher16:
	push	rbp
	mov	rbp, rsp
	mov	QWORD PTR -24[rbp], rdi
	mov	QWORD PTR -32[rbp], rsi
	mov	WORD PTR -2[rbp], 0
	mov	WORD PTR -4[rbp], 0
	mov	QWORD PTR -16[rbp], 0
	jmp	.L36
.L37:
	movzx	edx, WORD PTR -2[rbp]
	mov	rcx, QWORD PTR -24[rbp]
	mov	rax, QWORD PTR -16[rbp]
	add	rax, rcx
	movzx	eax, BYTE PTR [rax]
	movzx	eax, al
	add	edx, eax
	movsx	rax, edx
	imul	rax, rax, -2139062143
	shr	rax, 32
	add	eax, edx
	sar	eax, 7
	mov	ecx, edx
	sar	ecx, 31
	sub	eax, ecx
	mov	ecx, eax
	sal	ecx, 8
	sub	ecx, eax
	mov	eax, edx
	sub	eax, ecx
	mov	WORD PTR -2[rbp], ax
	movzx	edx, WORD PTR -4[rbp]
	movzx	eax, WORD PTR -2[rbp]
	add	edx, eax
	movsx	rax, edx
	imul	rax, rax, -2139062143
	shr	rax, 32
	add	eax, edx
	sar	eax, 7
	mov	ecx, edx
	sar	ecx, 31
	sub	eax, ecx
	mov	ecx, eax
	sal	ecx, 8
	sub	ecx, eax
	mov	eax, edx
	sub	eax, ecx
	mov	WORD PTR -4[rbp], ax
	add	QWORD PTR -16[rbp], 1
.L36:
	mov	rax, QWORD PTR -16[rbp]
	cmp	rax, QWORD PTR -32[rbp]
	jb	.L37
	movzx	eax, WORD PTR -4[rbp]
	sal	eax, 8
	mov	edx, eax
	movzx	eax, WORD PTR -2[rbp]
	or	eax, edx
	pop	rbp
	ret
	.size	fletcher16, .-fletcher16
	.globl	murmur_fmix32
	.type	murmur_fmix32, @function
murmur_fmix32:
	push	rbp
	mov	rbp, rsp
	mov	DWORD PTR -4[rbp], edi
	mov	eax, DWORD PTR -4[rbp]
	shr	eax, 16
	xor	DWORD PTR -4[rbp], eax
	mov	eax, DWORD PTR -4[rbp]
	imul	eax, eax, -2048144789
	mov	DWORD PTR -4[rbp], eax
	mov	eax, DWORD PTR -4[rbp]
	shr	eax, 13
	xor	DWORD PTR -4[rbp], eax
	mov	eax, DWORD PTR -4[rbp]
	imul	eax, eax, -1028477387
	mov	DWORD PTR -4[rbp], eax
	mov	eax, DWORD PTR -4[rbp]
	shr	eax, 16
	xor	DWORD PTR -4[rbp], eax
	mov	eax, DWORD PTR -4[rbp]
	pop	rbp
	ret
	.size	murmur_fmix32, .-murmur_fmix32
	.globl	murmur_fmix64
	.type	murmur_fmix64, @function
murmur_fmix64:
	push	rbp
	mov	rbp, rsp
	mov	QWORD PTR -8[rbp], rdi
	mov	rax, QWORD PTR -8[rbp]
	shr	rax, 33
	xor	QWORD PTR -8[rbp], rax
	mov	rax, QWORD PTR -8[rbp]
	movabs	rdx, -49064778989728563
	imul	rax, rdx
	mov	QWORD PTR -8[rbp], rax
	mov	rax, QWORD PTR -8[rbp]
	shr	rax, 33
	xor	QWORD PTR -8[rbp], rax
	mov	rax, QWORD PTR -8[rbp]
	movabs	rdx, -4265267296055464877
	imul	rax, rdx
	mov	QWORD PTR -8[rbp], rax
	mov	rax, QWORD PTR -8[rbp]
	shr	rax, 33
	xor	QWORD PTR -8[rbp], rax
	mov	rax, QWORD PTR -8[rbp]
	pop	rbp
	ret
	.size	murmur_fmix64, .-murmur_fmix64
	.globl	splitmix64
	.type	splitmix64, @function
splitmix64:
	push	rbp
	mov	rbp, rsp
	mov	QWORD PTR -8[rbp], rdi
	movabs	rax, -7046029254386353131
	add	QWORD PTR -8[rbp], rax
	mov	rax, QWORD PTR -8[rbp]
	shr	rax, 30
	xor	rax, QWORD PTR -8[rbp]
	movabs	rdx, -4658895280553007687
	imul	rax, rdx
	mov	QWORD PTR -8[rbp], rax
	mov	rax, QWORD PTR -8[rbp]
	shr	rax, 27
	xor	rax, QWORD PTR -8[rbp]
	movabs	rdx, -7723592293110705685
	imul	rax, rdx
	mov	QWORD PTR -8[rbp], rax
	mov	rax, QWORD PTR -8[rbp]
	shr	rax, 31
	xor	rax, QWORD PTR -8[rbp]
	pop	rbp
	ret
	.size	splitmix64, .-splitmix64
	.globl	xorshift32
	.type	xorshift32, @function
xorshift32:
	push	rbp
	mov	rbp, rsp
	mov	DWORD PTR -4[rbp], edi
	mov	eax, DWORD PTR -4[rbp]
	sal	eax, 13
	xor	DWORD PTR -4[rbp], eax
	mov	eax, DWORD PTR -4[rbp]
	shr	eax, 17
	xor	DWORD PTR -4[rbp], eax
	mov	eax, DWORD PTR -4[rbp]
	sal	eax, 5
	xor	DWORD PTR -4[rbp], eax
	mov	eax, DWORD PTR -4[rbp]
	pop	rbp
	ret
	.size	xorshift32, .-xorshift32
	.globl	luhn_valid
	.type	luhn_valid, @function
luhn_valid:
	push	rbp
	mov	rbp, rsp
	mov	QWORD PTR -24[rbp], rdi
	mov	DWORD PTR -4[rbp], 0
	mov	DWORD PTR -8[rbp], 0
	mov	DWORD PTR -12[rbp], 0
	jmp	.L48
.L49:
	add	DWORD PTR -8[rbp], 1
.L48:
	mov	eax, DWORD PTR -8[rbp]
	movsx	rdx, eax
	mov	rax, QWORD PTR -24[rbp]
	add	rax, rdx
	movzx	eax, BYTE PTR [rax]
	test	al, al
	jne	.L49
	mov	eax, DWORD PTR -8[rbp]
	sub	eax, 1
	mov	DWORD PTR -12[rbp], eax
	jmp	.L50
.L55:
	mov	eax, DWORD PTR -12[rbp]
	movsx	rdx, eax
	mov	rax, QWORD PTR -24[rbp]
	add	rax, rdx
	movzx	eax, BYTE PTR [rax]
	movsx	eax, al
	sub	eax, 48
	mov	DWORD PTR -16[rbp], eax
	cmp	DWORD PTR -16[rbp], 0
	js	.L51
	cmp	DWORD PTR -16[rbp], 9
	jle	.L52
.L51:
	mov	eax, 0
	jmp	.L53
.L52:
	mov	eax, DWORD PTR -8[rbp]
	sub	eax, 1
	sub	eax, DWORD PTR -12[rbp]
	and	eax, 1
	test	eax, eax
	je	.L54
	sal	DWORD PTR -16[rbp]
	cmp	DWORD PTR -16[rbp], 9
	jle	.L54
	sub	DWORD PTR -16[rbp], 9
.L54:
	mov	eax, DWORD PTR -16[rbp]
	add	DWORD PTR -4[rbp], eax
	sub	DWORD PTR -12[rbp], 1
.L50:
	cmp	DWORD PTR -12[rbp], 0
	jns	.L55
	cmp	DWORD PTR -8[rbp], 0
	jle	.L56
	mov	ecx, DWORD PTR -4[rbp]
	movsx	rax, ecx
	imul	rax, rax, 1717986919
	shr	rax, 32
	mov	edx, eax
	sar	edx, 2
	mov	eax, ecx
	sar	eax, 31
	sub	edx, eax
	mov	eax, edx
	sal	eax, 2
	add	eax, edx
	add	eax, eax
	sub	ecx, eax
	mov	edx, ecx
	test	edx, edx
	jne	.L56
	mov	eax, 1
	jmp	.L53
.L56:
	mov	eax, 0
.L53:
	pop	rbp
	ret
	.size	luhn_valid, .-luhn_valid
	.globl	xor_checksum
	.type	xor_checksum, @function
xor_checksum:
	push	rbp
	mov	rbp, rsp
	mov	QWORD PTR -24[rbp], rdi
	mov	QWORD PTR -32[rbp], rsi
	mov	BYTE PTR -1[rbp], 0
	jmp	.L59
.L60:
	mov	rax, QWORD PTR -24[rbp]
	lea	rdx, 1[rax]
	mov	QWORD PTR -24[rbp], rdx
	movzx	eax, BYTE PTR [rax]
	xor	BYTE PTR -1[rbp], al
.L59:
	mov	rax, QWORD PTR -32[rbp]
	lea	rdx, -1[rax]
	mov	QWORD PTR -32[rbp], rdx
	test	rax, rax
	jne	.L60
	movzx	eax, BYTE PTR -1[rbp]
	pop	rbp
	ret
	.size	xor_checksum, .-xor_checksum
	.globl	internet_checksum
	.type	internet_checksum, @function
internet_checksum:
	push	rbp
	mov	rbp, rsp
	mov	QWORD PTR -24[rbp], rdi
	mov	QWORD PTR -32[rbp], rsi
	mov	DWORD PTR -4[rbp], 0
	mov	QWORD PTR -16[rbp], 0
	jmp	.L63
.L64:
	mov	rdx, QWORD PTR -24[rbp]
	mov	rax, QWORD PTR -16[rbp]
	add	rax, rdx
	movzx	eax, BYTE PTR [rax]
	movzx	eax, al
	sal	eax, 8
	mov	edx, eax
	mov	rax, QWORD PTR -16[rbp]
	lea	rcx, 1[rax]
	mov	rax, QWORD PTR -24[rbp]
	add	rax, rcx
	movzx	eax, BYTE PTR [rax]
	movzx	eax, al
	or	eax, edx
	add	DWORD PTR -4[rbp], eax
	add	QWORD PTR -16[rbp], 2
.L63:
	mov	rax, QWORD PTR -16[rbp]
	add	rax, 1
	cmp	rax, QWORD PTR -32[rbp]
	jb	.L64
	mov	rax, QWORD PTR -32[rbp]
	and	eax, 1
	test	rax, rax
	je	.L66
	mov	rax, QWORD PTR -32[rbp]
	lea	rdx, -1[rax]
	mov	rax, QWORD PTR -24[rbp]
	add	rax, rdx
	movzx	eax, BYTE PTR [rax]
	movzx	eax, al
	sal	eax, 8
	add	DWORD PTR -4[rbp], eax
	jmp	.L66
.L67:
	mov	eax, DWORD PTR -4[rbp]
	movzx	eax, ax
	mov	edx, DWORD PTR -4[rbp]
	shr	edx, 16
	add	eax, edx
	mov	DWORD PTR -4[rbp], eax
.L66:
	mov	eax, DWORD PTR -4[rbp]
	shr	eax, 16
	test	eax, eax
	jne	.L67
	mov	eax, DWORD PTR -4[rbp]
	not	eax
	pop	rbp
	ret
	.size	internet_checksum, .-internet_checksum
	.ident	"GCC: (Debian 12.2.0-14+deb12u1) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
