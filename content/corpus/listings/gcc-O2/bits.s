	.file	"bits.c"
	.intel_syntax noprefix
	.text
	.p2align 4
	.globl	popcount32
	.type	popcount32, @function
popcount32:
	xor	edx, edx
	test	edi, edi
	je	.L1
	.p2align 4,,10
	.p2align 3
.L3:
	lea	eax, -1[rdi]
	add	edx, 1
	and	edi, eax
	jne	.L3
.L1:
	mov	eax, edx
	ret
	.size	popcount32, .-popcount32
	.p2align 4
	.globl	popcount_swar
	.type	popcount_swar, @function
popcount_swar:
	mov	eax, edi
	shr	eax
	and	eax, 1431655765
	sub	edi, eax
	mov	edx, edi
	shr	edi, 2
	and	edx, 858993459
	and	edi, 858993459
	add	edx, edi
	mov	eax, edx
	shr	eax, 4
	add	eax, edx
	and	eax, 252645135
	imul	eax, eax, 16843009
	shr	eax, 24
	ret
	.size	popcount_swar, .-popcount_swar
	.globl	__popcountdi2
	.p2align 4
	.globl	popcount64
	.type	popcount64, @function
popcount64:
	sub	rsp, 8
	call	__popcountdi2@PLT
	add	rsp, 8
	ret
	.size	popcount64, .-popcount64
	.p2align 4
	.globl	parity32
	.type	parity32, @function
parity32:
	mov	edx, edi
	shr	edx, 16
	xor	edx, edi
	mov	eax, edx
	shr	eax, 8
	xor	eax, edx
	mov	ecx, eax
	shr	ecx, 4
	xor	ecx, eax
	mov	eax, 27030
	and	ecx, 15
	sar	eax, cl
	and	eax, 1
	ret
	.size	parity32, .-parity32
	.p2align 4
	.globl	is_power_of_two
	.type	is_power_of_two, @function
is_power_of_two:
	xor	eax, eax
	test	edi, edi
	je	.L11
	lea	eax, -1[rdi]
	test	eax, edi
	sete	al
	movzx	eax, al
.L11:
	ret
	.size	is_power_of_two, .-is_power_of_two
	.p2align 4
	.globl	next_power_of_two
	.type	next_power_of_two, @function
next_power_of_two:
	sub	edi, 1
	mov	eax, edi
	shr	eax
	or	eax, edi
	mov	edi, eax
	shr	edi, 2
	or	edi, eax
	mov	eax, edi
	shr	eax, 4
	or	eax, edi
	mov	edx, eax
	shr	edx, 8
	or	edx, eax
	mov	eax, edx
	shr	eax, 16
	or	eax, edx
	add	eax, 1
	ret
	.size	next_power_of_two, .-next_power_of_two
	.p2align 4
	.globl	lowest_set_bit
	.type	lowest_set_bit, @function
lowest_set_bit:
	mov	eax, edi
	neg	eax
	and	eax, edi
	ret
	.size	lowest_set_bit, .-lowest_set_bit
	.p2align 4
	.globl	clear_lowest_bit
	.type	clear_lowest_bit, @function
clear_lowest_bit:
	lea	eax, -1[rdi]
	and	eax, edi
	ret
	.size	clear_lowest_bit, .-clear_lowest_bit
	.p2align 4
	.globl	ctz32
	.type	ctz32, @function
ctz32:
	xor	eax, eax
	mov	edx, 32
	rep bsf	eax, edi
	test	edi, edi
	cmove	eax, edx
	ret
	.size	ctz32, .-ctz32
	.p2align 4
	.globl	clz32
	.type	clz32, @function
clz32:
	mov	eax, 32
	test	edi, edi
	je	.L21
	bsr	eax, edi
	xor	eax, 31
.L21:
	ret
	.size	clz32, .-clz32
	.p2align 4
	.globl	ctz64
	.type	ctz64, @function
ctz64:
	xor	edx, edx
	mov	eax, 64
	rep bsf	rdx, rdi
	test	rdi, rdi
	cmovne	eax, edx
	ret
	.size	ctz64, .-ctz64
	.p2align 4
	.globl	clz64
	.type	clz64, @function
clz64:
	mov	eax, 64
	test	rdi, rdi
	je	.L28
	bsr	rax, rdi
	xor	eax, 63
.L28:
	ret
	.size	clz64, .-clz64
	.p2align 4
	.globl	ilog2
	.type	ilog2, @function
ilog2:
	xor	eax, eax
	shr	edi
	je	.L35
	.p2align 4,,10
	.p2align 3
.L34:
	add	eax, 1
	shr	edi
	jne	.L34
	ret
	.p2align 4,,10
	.p2align 3
.L35:
	ret
	.size	ilog2, .-ilog2
	.p2align 4
	.globl	reverse_bits
	.type	reverse_bits, @function
reverse_bits:
	mov	eax, edi
	shr	edi
	add	eax, eax
	and	edi, 1431655765
	and	eax, -1431655766
	or	edi, eax
	mov	edx, edi
	sal	edi, 2
	shr	edx, 2
	and	edi, -858993460
	and	edx, 858993459
	or	edx, edi
	mov	eax, edx
	sal	edx, 4
	shr	eax, 4
	and	edx, -252645136
	and	eax, 252645135
	or	eax, edx
	bswap	eax
	ret
	.size	reverse_bits, .-reverse_bits
	.p2align 4
	.globl	bswap32
	.type	bswap32, @function
bswap32:
	mov	eax, edi
	bswap	eax
	ret
	.size	bswap32, .-bswap32
	.p2align 4
	.globl	bswap64
	.type	bswap64, @function
bswap64:
	mov	rax, rdi
	bswap	rax
	ret
	.size	bswap64, .-bswap64
	.p2align 4
	.globl	bswap32_manual
	.type	bswap32_manual, @function
bswap32_manual:
	mov	eax, edi
	bswap	eax
	ret
	.size	bswap32_manual, .-bswap32_manual
	.p2align 4
	.globl	rotl32
	.type	rotl32, @function
rotl32:
	mov	eax, edi
	mov	ecx, esi
	rol	eax, cl
	ret
	.size	rotl32, .-rotl32
	.p2align 4
	.globl	rotr32
	.type	rotr32, @function
rotr32:
	mov	eax, edi
	mov	ecx, esi
	ror	eax, cl
	ret
	.size	rotr32, .-rotr32
	.p2align 4
	.globl	rotl64
	.type	rotl64, @function
rotl64:
	mov	rax, rdi
	mov	ecx, esi
	rol	rax, cl
	ret
	.size	rotl64, .-rotl64
	.p2align 4
	.globl	sign_of
	.type	sign_of, @function
sign_of:
	xor	eax, eax
	test	edi, edi
	setg	al
	shr	edi, 31
	sub	eax, edi
	ret
	.size	sign_of, .-sign_of
	.p2align 4
	.globl	abs_branchless
	.type	abs_branchless, @function
abs_branchless:
	mov	eax, edi
	neg	eax
	cmovs	eax, edi
	ret
	.size	abs_branchless, .-abs_branchless
	.p2align 4
	.globl	min_branchless
	.type	min_branchless, @function
min_branchless:
	cmp	esi, edi
	mov	eax, edi
	cmovle	eax, esi
	ret
	.size	min_branchless, .-min_branchless
	.p2align 4
	.globl	opposite_signs
	.type	opposite_signs, @function
opposite_signs:
	xor	edi, esi
	mov	eax, edi
	shr	eax, 31
	ret
	.size	opposite_signs, .-opposite_signs
	.p2align 4
	.globl	set_bit
	.type	set_bit, @function
set_bit:
	mov	eax, edi
	bts	eax, esi
	ret
	.size	set_bit, .-set_bit
	.p2align 4
	.globl	test_bit
	.type	test_bit, @function
test_bit:
	mov	ecx, esi
	shr	edi, cl
	mov	eax, edi
	and	eax, 1
	ret
	.size	test_bit, .-test_bit
	.p2align 4
	.globl	toggle_bit
	.type	toggle_bit, @function
toggle_bit:
	mov	eax, edi
	btc	eax, esi
	ret
	.size	toggle_bit, .-toggle_bit
	.p2align 4
	.globl	test_bit64
	.type	test_bit64, @function
test_bit64:
	mov	ecx, esi
	shr	rdi, cl
	mov	eax, edi
	and	eax, 1
	ret
	.size	test_bit64, .-test_bit64
	.p2align 4
	.globl	clear_bit64
	.type	clear_bit64, @function
clear_bit64:
	mov	rax, rdi
	btr	rax, rsi
	ret
	.size	clear_bit64, .-clear_bit64
	.p2align 4
	.globl	interleave16
	.type	interleave16, @function
interleave16:
	mov	r10d, edi
	xor	r8d, r8d
	xor	edi, edi
	xor	r9d, r9d
	.p2align 4,,10
	.p2align 3
.L54:
	mov	ecx, edi
	mov	eax, esi
	mov	edx, r10d
	shr	eax, cl
	lea	ecx, 1[r8]
	and	eax, 1
	sal	eax, cl
	mov	ecx, edi
	add	edi, 1
	shr	edx, cl
	mov	ecx, r8d
	add	r8d, 2
	and	edx, 1
	sal	edx, cl
	or	eax, edx
	or	r9d, eax
	cmp	edi, 16
	jne	.L54
	mov	eax, r9d
	ret
	.size	interleave16, .-interleave16
	.p2align 4
	.globl	gray_code
	.type	gray_code, @function
gray_code:
	mov	eax, edi
	shr	eax
	xor	eax, edi
	ret
	.size	gray_code, .-gray_code
	.p2align 4
	.globl	gray_decode
	.type	gray_decode, @function
gray_decode:
	mov	eax, edi
	mov	edx, 5
	mov	ecx, 1
	.p2align 4,,10
	.p2align 3
.L58:
	mov	esi, eax
	shr	esi, cl
	add	ecx, ecx
	xor	eax, esi
	sub	edx, 1
	jne	.L58
	ret
	.size	gray_decode, .-gray_decode
	.p2align 4
	.globl	extract_bits
	.type	extract_bits, @function
extract_bits:
	mov	ecx, edx
	mov	eax, -1
	sal	eax, cl
	mov	ecx, esi
	shr	edi, cl
	not	eax
	and	eax, edi
	ret
	.size	extract_bits, .-extract_bits
	.p2align 4
	.globl	is_vowel_mask
	.type	is_vowel_mask, @function
is_vowel_mask:
	lea	ecx, -97[rdi]
	xor	eax, eax
	cmp	ecx, 25
	ja	.L61
	mov	eax, 1065233
	shr	eax, cl
	and	eax, 1
.L61:
	ret
	.size	is_vowel_mask, .-is_vowel_mask
	.p2align 4
	.globl	mul_hi_u64
	.type	mul_hi_u64, @function
mul_hi_u64:
	mov	rax, rdi
	mul	rsi
	mov	rax, rdx
	ret
	.size	mul_hi_u64, .-mul_hi_u64
	.ident	"GCC: (Debian 12.2.0-14+deb12u1) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
