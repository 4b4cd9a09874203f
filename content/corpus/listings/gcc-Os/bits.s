	.file	"bits.c"
	.intel_syntax noprefix
	.text
	.globl	popcount32
	.type	popcount32, @function
popcount32:
	xor	eax, eax
.L2:
	test	edi, edi
	je	.L5
	lea	edx, -1[rdi]
	inc	eax
	and	edi, edx
	jmp	.L2
.L5:
	ret
	.size	popcount32, .-popcount32
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
	.globl	popcount64
	.type	popcount64, @function
popcount64:
	push	rax
	call	__popcountdi2@PLT
	pop	rdx
	ret
	.size	popcount64, .-popcount64
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
	.globl	is_power_of_two
	.type	is_power_of_two, @function
is_power_of_two:
	xor	eax, eax
	test	edi, edi
	je	.L10
	lea	eax, -1[rdi]
	test	eax, edi
	sete	al
	movzx	eax, al
.L10:
	ret
	.size	is_power_of_two, .-is_power_of_two
	.globl	next_power_of_two
	.type	next_power_of_two, @function
next_power_of_two:
	dec	edi
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
	inc	eax
	ret
	.size	next_power_of_two, .-next_power_of_two
	.globl	lowest_set_bit
	.type	lowest_set_bit, @function
lowest_set_bit:
	mov	eax, edi
	neg	eax
	and	eax, edi
	ret
	.size	lowest_set_bit, .-lowest_set_bit
	.globl	clear_lowest_bit
	.type	clear_lowest_bit, @function
clear_lowest_bit:
	lea	eax, -1[rdi]
	and	eax, edi
	ret
	.size	clear_lowest_bit, .-clear_lowest_bit
	.globl	ctz32
	.type	ctz32, @function
ctz32:
	mov	eax, 32
	test	edi, edi
	je	.L17
	bsf	eax, edi
.L17:
	ret
	.size	ctz32, .-ctz32
	.globl	clz32
	.type	clz32, @function
clz32:
	mov	eax, 32
	test	edi, edi
	je	.L20
	bsr	eax, edi
	xor	eax, 31
.L20:
	ret
	.size	clz32, .-clz32
	.globl	ctz64
	.type	ctz64, @function
ctz64:
	bsf	rdx, rdi
	mov	eax, 64
	test	rdi, rdi
	cmovne	eax, edx
	ret
	.size	ctz64, .-ctz64
	.globl	clz64
	.type	clz64, @function
clz64:
	bsr	rdx, rdi
	mov	eax, 64
	xor	rdx, 63
	test	rdi, rdi
	cmovne	eax, edx
	ret
	.size	clz64, .-clz64
	.globl	ilog2
	.type	ilog2, @function
ilog2:
	xor	eax, eax
.L30:
	shr	edi
	je	.L32
	inc	eax
	jmp	.L30
.L32:
	ret
	.size	ilog2, .-ilog2
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
	.globl	bswap32
	.type	bswap32, @function
bswap32:
	mov	eax, edi
	bswap	eax
	ret
	.size	bswap32, .-bswap32
	.globl	bswap64
	.type	bswap64, @function
bswap64:
	mov	rax, rdi
	bswap	rax
	ret
	.size	bswap64, .-bswap64
	.globl	bswap32_manual
	.type	bswap32_manual, @function
bswap32_manual:
	mov	eax, edi
	bswap	eax
	ret
	.size	bswap32_manual, .-bswap32_manual
	.globl	rotl32
	.type	rotl32, @function
rotl32:
	mov	eax, edi
	mov	ecx, esi
	rol	eax, cl
	ret
	.size	rotl32, .-rotl32
	.globl	rotr32
	.type	rotr32, @function
rotr32:
	mov	eax, edi
	mov	ecx, esi
	ror	eax, cl
	ret
	.size	rotr32, .-rotr32
	.globl	rotl64
	.type	rotl64, @function
rotl64:
	mov	rax, rdi
	mov	ecx, esi
	rol	rax, cl
	ret
	.size	rotl64, .-rotl64
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
	.globl	abs_branchless
	.type	abs_branchless, @function
abs_branchless:
	mov	eax, edi
	neg	eax
	cmovs	eax, edi
	ret
	.size	abs_branchless, .-abs_branchless
	.globl	min_branchless
	.type	min_branchless, @function
min_branchless:
	cmp	esi, edi
	mov	eax, edi
	cmovle	eax, esi
	ret
	.size	min_branchless, .-min_branchless
	.globl	opposite_signs
	.type	opposite_signs, @function
opposite_signs:
	xor	edi, esi
	mov	eax, edi
	shr	eax, 31
	ret
	.size	opposite_signs, .-opposite_signs
	.globl	set_bit
	.type	set_bit, @function
set_bit:
	mov	eax, edi
	bts	eax, esi
	ret
	.size	set_bit, .-set_bit
	.globl	test_bit
	.type	test_bit, @function
test_bit:
	mov	ecx, esi
	shr	edi, cl
	mov	eax, edi
	and	eax, 1
	ret
	.size	test_bit, .-test_bit
	.globl	toggle_bit
	.type	toggle_bit, @function
toggle_bit:
	mov	eax, edi
	btc	eax, esi
	ret
	.size	toggle_bit, .-toggle_bit
	.globl	test_bit64
	.type	test_bit64, @function
test_bit64:
	mov	ecx, esi
	shr	rdi, cl
	mov	eax, edi
	and	eax, 1
	ret
	.size	test_bit64, .-test_bit64
	.globl	clear_bit64
	.type	clear_bit64, @function
clear_bit64:
	mov	rax, rdi
	btr	rax, rsi
	ret
	.size	clear_bit64, .-clear_bit64
	.globl	interleave16
	.type	interleave16, @function
interleave16:
	mov	r9d, edi
	xor	edx, edx
	xor	r8d, r8d
.L50:
	mov	ecx, edx
	mov	eax, esi
	lea	r10d, [rdx+rdx]
	mov	edi, r9d
	shr	eax, cl
	lea	ecx, 1[r10]
	and	eax, 1
	sal	eax, cl
	mov	ecx, edx
	inc	edx
	shr	edi, cl
	mov	ecx, r10d
	and	edi, 1
	sal	edi, cl
	or	eax, edi
	or	r8d, eax
	cmp	edx, 16
	jne	.L50
	mov	eax, r8d
	ret
	.size	interleave16, .-interleave16
	.globl	gray_code
	.type	gray_code, @function
gray_code:
	mov	eax, edi
	shr	eax
	xor	eax, edi
	ret
	.size	gray_code, .-gray_code
	.globl	gray_decode
	.type	gray_decode, @function
gray_decode:
	mov	eax, edi
	mov	edx, 5
	mov	ecx, 1
.L54:
	mov	esi, eax
	shr	esi, cl
	add	ecx, ecx
	xor	eax, esi
	dec	edx
	jne	.L54
	ret
	.size	gray_decode, .-gray_decode
	.globl	extract_bits
	.type	extract_bits, @function
extract_bits:
	mov	ecx, edx
	or	eax, -1
	sal	eax, cl
	mov	ecx, esi
	shr	edi, cl
	not	eax
	and	eax, edi
	ret
	.size	extract_bits, .-extract_bits
	.globl	is_vowel_mask
	.type	is_vowel_mask, @function
is_vowel_mask:
	lea	ecx, -97[rdi]
	xor	eax, eax
	cmp	ecx, 25
	ja	.L57
	mov	eax, 1065233
	shr	eax, cl
	and	eax, 1
.L57:
	ret
	.size	is_vowel_mask, .-is_vowel_mask
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
