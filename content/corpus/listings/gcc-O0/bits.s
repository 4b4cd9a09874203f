	.file	"bits.c"
	.intel_syntax noprefix
	.text
	.globl	popcount32
	.type	popcount32, @function
popcount32:
	push	rbp
	mov	rbp, rsp
	mov	DWORD PTR -20[rbp], edi
	mov	DWORD PTR -4[rbp], 0
	jmp	.L2
.L3:
	mov	eax, DWORD PTR -20[rbp]
	sub	eax, 1
	and	DWORD PTR -20[rbp], eax
	add	DWORD PTR -4[rbp], 1
.L2:
	cmp	DWORD PTR -20[rbp], 0
	jne	.L3
	mov	eax, DWORD PTR -4[rbp]
	pop	rbp
	ret
	.size	popcount32, .-popcount32
	.globl	popcount_swar
	.type	popcount_swar, @function
popcount_swar:
	push	rbp
	mov	rbp, rsp
	mov	DWORD PTR -4[rbp], edi
	mov	eax, DWORD PTR -4[rbp]
	shr	eax
	and	eax, 1431655765
	sub	DWORD PTR -4[rbp], eax
	mov	eax, DWORD PTR -4[rbp]
	and	eax, 858993459
	mov	edx, eax
	mov	eax, DWORD PTR -4[rbp]
	shr	eax, 2
	and	eax, 858993459
	add	eax, edx
	mov	DWORD PTR -4[rbp], eax
	mov	eax, DWORD PTR -4[rbp]
	shr	eax, 4
	mov	edx, eax
	mov	eax, DWORD PTR -4[rbp]
	add	eax, edx
	and	eax, 252645135
	imul	eax, eax, 16843009
	shr	eax, 24
	pop	rbp
	ret
	.size	popcount_swar, .-popcount_swar
	.globl	__popcountdi2
	.globl	popcount64
	.type	popcount64, @function
popcount64:
	push	rbp
	mov	rbp, rsp
	sub	rsp, 16
	mov	QWORD PTR -8[rbp], rdi
	mov	rdi, QWORD PTR -8[rbp]
	call	__popcountdi2@PLT
	leave
	ret
	.size	popcount64, .-popcount64
	.globl	parity32
	.type	parity32, @function
parity32:
	push	rbp
	mov	rbp, rsp
	mov	DWORD PTR -4[rbp], edi
	mov	eax, DWORD PTR -4[rbp]
	shr	eax, 16
	xor	DWORD PTR -4[rbp], eax
	mov	eax, DWORD PTR -4[rbp]
	shr	eax, 8
	xor	DWORD PTR -4[rbp], eax
	mov	eax, DWORD PTR -4[rbp]
	shr	eax, 4
	xor	DWORD PTR -4[rbp], eax
	mov	eax, DWORD PTR -4[rbp]
	and	eax, 15
	mov	edx, 27030
	mov	ecx, eax
	sar	edx, cl
	mov	eax, edx
	and	eax, 1
	pop	rbp
	ret
	.size	parity32, .-parity32
	.globl	is_power_of_two
	.type	is_power_of_two, @function
is_power_of_two:
	push	rbp
	mov	rbp, rsp
	mov	DWORD PTR -4[rbp], edi
	cmp	DWORD PTR -4[rbp], 0
	je	.L12
	mov	eax, DWORD PTR -4[rbp]
	sub	eax, 1
	and	eax, DWORD PTR -4[rbp]
	test	eax, eax
	jne	.L12
	mov	eax, 1
	jmp	.L14
.L12:
	mov	eax, 0
.L14:
	pop	rbp
	ret
	.size	is_power_of_two, .-is_power_of_two
	.globl	next_power_of_two
	.type	next_power_of_two, @function
next_power_of_two:
	push	rbp
	mov	rbp, rsp
	mov	DWORD PTR -4[rbp], edi
	sub	DWORD PTR -4[rbp], 1
	mov	eax, DWORD PTR -4[rbp]
	shr	eax
	or	DWORD PTR -4[rbp], eax
	mov	eax, DWORD PTR -4[rbp]
	shr	eax, 2
	or	DWORD PTR -4[rbp], eax
	mov	eax, DWORD PTR -4[rbp]
	shr	eax, 4
	or	DWORD PTR -4[rbp], eax
	mov	eax, DWORD PTR -4[rbp]
	shr	eax, 8
	or	DWORD PTR -4[rbp], eax
	mov	eax, DWORD PTR -4[rbp]
	shr	eax, 16
	or	DWORD PTR -4[rbp], eax
	mov	eax, DWORD PTR -4[rbp]
	add	eax, 1
	pop	rbp
	ret
	.size	next_power_of_two, .-next_power_of_two
	.globl	lowest_set_bit
	.type	lowest_set_bit, @function
lowest_set_bit:
	push	rbp
	mov	rbp, rsp
	mov	DWORD PTR -4[rbp], edi
	mov	eax, DWORD PTR -4[rbp]
	neg	eax
	and	eax, DWORD PTR -4[rbp]
	pop	rbp
	ret
	.size	lowest_set_bit, .-lowest_set_bit
	.globl	clear_lowest_bit
	.type	clear_lowest_bit, @function
clear_lowest_bit:
	push	rbp
	mov	rbp, rsp
	mov	DWORD PTR -4[rbp], edi
	mov	eax, DWORD PTR -4[rbp]
	sub	eax, 1
	and	eax, DWORD PTR -4[rbp]
	pop	rbp
	ret
	.size	clear_lowest_bit, .-clear_lowest_bit
	.globl	ctz32
	.type	ctz32, @function
ctz32:
	push	rbp
	mov	rbp, rsp
	mov	DWORD PTR -4[rbp], edi
	cmp	DWORD PTR -4[rbp], 0
	je	.L22
	xor	eax, eax
	rep bsf	eax, DWORD PTR -4[rbp]
	jmp	.L24
.L22:
	mov	eax, 32
.L24:
	pop	rbp
	ret
	.size	ctz32, .-ctz32
	.globl	clz32
	.type	clz32, @function
clz32:
	push	rbp
	mov	rbp, rsp
	mov	DWORD PTR -4[rbp], edi
	cmp	DWORD PTR -4[rbp], 0
	je	.L26
	bsr	eax, DWORD PTR -4[rbp]
	xor	eax, 31
	jmp	.L28
.L26:
	mov	eax, 32
.L28:
	pop	rbp
	ret
	.size	clz32, .-clz32
	.globl	ctz64
	.type	ctz64, @function
ctz64:
	push	rbp
	mov	rbp, rsp
	mov	QWORD PTR -8[rbp], rdi
	cmp	QWORD PTR -8[rbp], 0
	je	.L30
	xor	eax, eax
	rep bsf	rax, QWORD PTR -8[rbp]
	jmp	.L32
.L30:
	mov	eax, 64
.L32:
	pop	rbp
	ret
	.size	ctz64, .-ctz64
	.globl	clz64
	.type	clz64, @function
clz64:
	push	rbp
	mov	rbp, rsp
	mov	QWORD PTR -8[rbp], rdi
	cmp	QWORD PTR -8[rbp], 0
	je	.L34
	bsr	rax, QWORD PTR -8[rbp]
	xor	rax, 63
	jmp	.L36
.L34:
	mov	eax, 64
.L36:
	pop	rbp
	ret
	.size	clz64, .-clz64
	.globl	ilog2
	.type	ilog2, @function
ilog2:
	push	rbp
	mov	rbp, rsp
	mov	DWORD PTR -20[rbp], edi
	mov	DWORD PTR -4[rbp], 0
	jmp	.L38
.L39:
	add	DWORD PTR -4[rbp], 1
.L38:
	shr	DWORD PTR -20[rbp]
	cmp	DWORD PTR -20[rbp], 0
	jne	.L39
	mov	eax, DWORD PTR -4[rbp]
	pop	rbp
	ret
	.size	ilog2, .-ilog2
	.globl	reverse_bits
	.type	reverse_bits, @function
reverse_bits:
	push	rbp
	mov	rbp, rsp
	mov	DWORD PTR -4[rbp], edi
	mov	eax, DWORD PTR -4[rbp]
	shr	eax
	and	eax, 1431655765
	mov	edx, eax
	mov	eax, DWORD PTR -4[rbp]
	add	eax, eax
	and	eax, -1431655766
	or	eax, edx
	mov	DWORD PTR -4[rbp], eax
	mov	eax, DWORD PTR -4[rbp]
	shr	eax, 2
	and	eax, 858993459
	mov	edx, eax
	mov	eax, DWORD PTR -4[rbp]
	sal	eax, 2
	and	eax, -858993460
	or	eax, edx
	mov	DWORD PTR -4[rbp], eax
	mov	eax, DWORD PTR -4[rbp]
	shr	eax, 4
	and	eax, 252645135
	mov	edx, eax
	mov	eax, DWORD PTR -4[rbp]
	sal	eax, 4
	and	eax, -252645136
	or	eax, edx
	mov	DWORD PTR -4[rbp], eax
	mov	eax, DWORD PTR -4[rbp]
	shr	eax, 8
	and	eax, 16711935
	mov	edx, eax
	mov	eax, DWORD PTR -4[rbp]
	sal	eax, 8
	and	eax, -16711936
	or	eax, edx
	mov	DWORD PTR -4[rbp], eax
	mov	eax, DWORD PTR -4[rbp]
	rol	eax, 16
	pop	rbp
	ret
	.size	reverse_bits, .-reverse_bits
	.globl	bswap32
	.type	bswap32, @function
bswap32:
	push	rbp
	mov	rbp, rsp
	mov	DWORD PTR -4[rbp], edi
	mov	eax, DWORD PTR -4[rbp]
	bswap	eax
	pop	rbp
	ret
	.size	bswap32, .-bswap32
	.globl	bswap64
	.type	bswap64, @function
bswap64:
	push	rbp
	mov	rbp, rsp
	mov	QWORD PTR -8[rbp], rdi
	mov	rax, QWORD PTR -8[rbp]
	bswap	rax
	pop	rbp
	ret
	.size	bswap64, .-bswap64
	.globl	bswap32_manual
	.type	bswap32_manual, @function
bswap32_manual:
	push	rbp
	mov	rbp, rsp
	mov	DWORD PTR -4[rbp], edi
	mov	eax, DWORD PTR -4[rbp]
	shr	eax, 24
	mov	edx, eax
	mov	eax, DWORD PTR -4[rbp]
	shr	eax, 8
	and	eax, 65280
	or	edx, eax
	mov	eax, DWORD PTR -4[rbp]
	sal	eax, 8
	and	eax, 16711680
	or	edx, eax
	mov	eax, DWORD PTR -4[rbp]
	sal	eax, 24
	or	eax, edx
	pop	rbp
	ret
	.size	bswap32_manual, .-bswap32_manual
	.globl	rotl32
	.type	rotl32, @function
rotl32:
	push	rbp
	mov	rbp, rsp
	mov	DWORD PTR -4[rbp], edi
	mov	DWORD PTR -8[rbp], esi
	and	DWORD PTR -8[rbp], 31
	mov	eax, DWORD PTR -8[rbp]
	mov	edx, DWORD PTR -4[rbp]
	mov	ecx, eax
	rol	edx, cl
	mov	eax, edx
	pop	rbp
	ret
	.size	rotl32, .-rotl32
	.globl	rotr32
	.type	rotr32, @function
rotr32:
	push	rbp
	mov	rbp, rsp
	mov	DWORD PTR -4[rbp], edi
	mov	DWORD PTR -8[rbp], esi
	and	DWORD PTR -8[rbp], 31
	mov	eax, DWORD PTR -8[rbp]
	mov	edx, DWORD PTR -4[rbp]
	mov	ecx, eax
	ror	edx, cl
	mov	eax, edx
	pop	rbp
	ret
	.size	rotr32, .-rotr32
	.globl	rotl64
	.type	rotl64, @function
rotl64:
	push	rbp
	mov	rbp, rsp
	mov	QWORD PTR -8[rbp], rdi
	mov	DWORD PTR -12[rbp], esi
	and	DWORD PTR -12[rbp], 63
	mov	eax, DWORD PTR -12[rbp]
	mov	rdx, QWORD PTR -8[rbp]
	mov	ecx, eax
	rol	rdx, cl
	mov	rax, rdx
	pop	rbp
	ret
	.size	rotl64, .-rotl64
	.globl	sign_of
	.type	sign_of, @function
sign_of:
	push	rbp
	mov	rbp, rsp
	mov	DWORD PTR -4[rbp], edi
	cmp	DWORD PTR -4[rbp], 0
	setg	al
	movzx	edx, al
	mov	eax, DWORD PTR -4[rbp]
	shr	eax, 31
	movzx	eax, al
	sub	edx, eax
	mov	eax, edx
	pop	rbp
	ret
	.size	sign_of, .-sign_of
	.globl	abs_branchless
	.type	abs_branchless, @function
abs_branchless:
	push	rbp
	mov	rbp, rsp
	mov	DWORD PTR -20[rbp], edi
	mov	eax, DWORD PTR -20[rbp]
	sar	eax, 31
	mov	DWORD PTR -4[rbp], eax
	mov	edx, DWORD PTR -20[rbp]
	mov	eax, DWORD PTR -4[rbp]
	add	eax, edx
	xor	eax, DWORD PTR -4[rbp]
	pop	rbp
	ret
	.size	abs_branchless, .-abs_branchless
	.globl	min_branchless
	.type	min_branchless, @function
min_branchless:
	push	rbp
	mov	rbp, rsp
	mov	DWORD PTR -4[rbp], edi
	mov	DWORD PTR -8[rbp], esi
	mov	edx, DWORD PTR -8[rbp]
	mov	eax, DWORD PTR -4[rbp]
	cmp	edx, eax
	cmovle	eax, edx
	pop	rbp
	ret
	.size	min_branchless, .-min_branchless
	.globl	opposite_signs
	.type	opposite_signs, @function
opposite_signs:
	push	rbp
	mov	rbp, rsp
	mov	DWORD PTR -4[rbp], edi
	mov	DWORD PTR -8[rbp], esi
	mov	eax, DWORD PTR -4[rbp]
	xor	eax, DWORD PTR -8[rbp]
	shr	eax, 31
	movzx	eax, al
	pop	rbp
	ret
	.size	opposite_signs, .-opposite_signs
	.globl	set_bit
	.type	set_bit, @function
set_bit:
	push	rbp
	mov	rbp, rsp
	mov	DWORD PTR -4[rbp], edi
	mov	DWORD PTR -8[rbp], esi
	mov	eax, DWORD PTR -8[rbp]
	and	eax, 31
	mov	edx, 1
	mov	ecx, eax
	sal	edx, cl
	mov	eax, edx
	or	eax, DWORD PTR -4[rbp]
	pop	rbp
	ret
	.size	set_bit, .-set_bit
	.globl	test_bit
	.type	test_bit, @function
test_bit:
	push	rbp
	mov	rbp, rsp
	mov	DWORD PTR -4[rbp], edi
	mov	DWORD PTR -8[rbp], esi
	mov	eax, DWORD PTR -8[rbp]
	and	eax, 31
	mov	edx, DWORD PTR -4[rbp]
	mov	ecx, eax
	shr	edx, cl
	mov	eax, edx
	and	eax, 1
	pop	rbp
	ret
	.size	test_bit, .-test_bit
	.globl	toggle_bit
	.type	toggle_bit, @function
toggle_bit:
	push	rbp
	mov	rbp, rsp
	mov	DWORD PTR -4[rbp], edi
	mov	DWORD PTR -8[rbp], esi
	mov	eax, DWORD PTR -8[rbp]
	and	eax, 31
	mov	edx, 1
	mov	ecx, eax
	sal	edx, cl
	mov	eax, edx
	xor	eax, DWORD PTR -4[rbp]
	pop	rbp
	ret
	.size	toggle_bit, .-toggle_bit
	.globl	test_bit64
	.type	test_bit64, @function
test_bit64:
	push	rbp
	mov	rbp, rsp
	mov	QWORD PTR -8[rbp], rdi
	mov	DWORD PTR -12[rbp], esi
	mov	eax, DWORD PTR -12[rbp]
	and	eax, 63
	mov	rdx, QWORD PTR -8[rbp]
	mov	ecx, eax
	shr	rdx, cl
	mov	rax, rdx
	and	eax, 1
	pop	rbp
	ret
	.size	test_bit64, .-test_bit64
	.globl	clear_bit64
	.type	clear_bit64, @function
clear_bit64:
	push	rbp
	mov	rbp, rsp
	mov	QWORD PTR -8[rbp], rdi
	mov	DWORD PTR -12[rbp], esi
	mov	eax, DWORD PTR -12[rbp]
	and	eax, 63
	mov	edx, 1
	mov	ecx, eax
	sal	rdx, cl
	mov	rax, rdx
	not	rax
	and	rax, QWORD PTR -8[rbp]
	pop	rbp
	ret
	.size	clear_bit64, .-clear_bit64
	.globl	interleave16
	.type	interleave16, @function
interleave16:
	push	rbp
	mov	rbp, rsp
	mov	DWORD PTR -20[rbp], edi
	mov	DWORD PTR -24[rbp], esi
	mov	DWORD PTR -4[rbp], 0
	mov	DWORD PTR -8[rbp], 0
	jmp	.L74
.L75:
	mov	eax, DWORD PTR -8[rbp]
	mov	edx, DWORD PTR -20[rbp]
	mov	ecx, eax
	shr	edx, cl
	mov	eax, edx
	and	eax, 1
	mov	edx, eax
	mov	eax, DWORD PTR -8[rbp]
	add	eax, eax
	mov	esi, edx
	mov	ecx, eax
	sal	esi, cl
	mov	eax, DWORD PTR -8[rbp]
	mov	edx, DWORD PTR -24[rbp]
	mov	ecx, eax
	shr	edx, cl
	mov	eax, edx
	and	eax, 1
	mov	edx, eax
	mov	eax, DWORD PTR -8[rbp]
	add	eax, eax
	add	eax, 1
	mov	ecx, eax
	sal	edx, cl
	mov	eax, edx
	or	eax, esi
	or	DWORD PTR -4[rbp], eax
	add	DWORD PTR -8[rbp], 1
.L74:
	cmp	DWORD PTR -8[rbp], 15
	jle	.L75
	mov	eax, DWORD PTR -4[rbp]
	pop	rbp
	ret
	.size	interleave16, .-interleave16
	.globl	gray_code
	.type	gray_code, @function
gray_code:
	push	rbp
	mov	rbp, rsp
	mov	DWORD PTR -4[rbp], edi
	mov	eax, DWORD PTR -4[rbp]
	shr	eax
	xor	eax, DWORD PTR -4[rbp]
	pop	rbp
	ret
	.size	gray_code, .-gray_code
	.globl	gray_decode
	.type	gray_decode, @function
gray_decode:
	push	rbp
	mov	rbp, rsp
	mov	DWORD PTR -20[rbp], edi
	mov	DWORD PTR -4[rbp], 1
	jmp	.L80
.L81:
	mov	eax, DWORD PTR -4[rbp]
	mov	edx, DWORD PTR -20[rbp]
	mov	ecx, eax
	shr	edx, cl
	mov	eax, edx
	xor	DWORD PTR -20[rbp], eax
	sal	DWORD PTR -4[rbp]
.L80:
	cmp	DWORD PTR -4[rbp], 31
	jbe	.L81
	mov	eax, DWORD PTR -20[rbp]
	pop	rbp
	ret
	.size	gray_decode, .-gray_decode
	.globl	extract_bits
	.type	extract_bits, @function
extract_bits:
	push	rbp
	mov	rbp, rsp
	mov	DWORD PTR -4[rbp], edi
	mov	DWORD PTR -8[rbp], esi
	mov	DWORD PTR -12[rbp], edx
	and	DWORD PTR -8[rbp], 31
	and	DWORD PTR -12[rbp], 31
	mov	eax, DWORD PTR -8[rbp]
	mov	edx, DWORD PTR -4[rbp]
	mov	ecx, eax
	shr	edx, cl
	mov	eax, DWORD PTR -12[rbp]
	mov	esi, 1
	mov	ecx, eax
	sal	esi, cl
	mov	eax, esi
	sub	eax, 1
	and	eax, edx
	pop	rbp
	ret
	.size	extract_bits, .-extract_bits
	.globl	is_vowel_mask
	.type	is_vowel_mask, @function
is_vowel_mask:
	push	rbp
	mov	rbp, rsp
	mov	DWORD PTR -4[rbp], edi
	cmp	DWORD PTR -4[rbp], 96
	jle	.L86
	cmp	DWORD PTR -4[rbp], 122
	jg	.L86
	mov	eax, DWORD PTR -4[rbp]
	sub	eax, 97
	mov	edx, 1065233
	mov	ecx, eax
	shr	edx, cl
	mov	eax, edx
	and	eax, 1
	test	eax, eax
	je	.L86
	mov	eax, 1
	jmp	.L88
.L86:
	mov	eax, 0
.L88:
	pop	rbp
	ret
	.size	is_vowel_mask, .-is_vowel_mask
	.globl	mul_hi_u64
	.type	mul_hi_u64, @function
mul_hi_u64:
	push	rbp
	mov	rbp, rsp
	push	rbx
	mov	QWORD PTR -24[rbp], rdi
	mov	QWORD PTR -32[rbp], rsi
	mov	rsi, QWORD PTR -24[rbp]
	mov	rcx, rsi
	mov	ebx, 0
	mov	rsi, QWORD PTR -32[rbp]
	mov	rax, rsi
	mov	edx, 0
	mov	rdi, rbx
	imul	rdi, rax
	mov	rsi, rdx
	imul	rsi, rcx
	add	rsi, rdi
	mul	rcx
	lea	rcx, [rsi+rdx]
	mov	rdx, rcx
	mov	rax, rdx
	xor	edx, edx
	mov	rbx, QWORD PTR -8[rbp]
	leave
	ret
	.size	mul_hi_u64, .-mul_hi_u64
	.ident	"GCC: (Debian 12.2.0-14+deb12u1) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
