	.file	"bits.c"
	.intel_syntax noprefix
	.text
	.globl	popcount32
	.type	popcount32, @function
popcount32:
	test	edi, edi
	je	.L4
	mov	edx, 0
.L3:
	lea	eax, -1[rdi]
	add	edx, 1
	and	edi, eax
	jne	.L3
.L1:
	mov	eax, edx
	ret
.L4:
	mov	edx, 0
	jmp	.L1
	.size	popcount32, .-popcount32
	.globl	popcount_swar
	.type	popcount_swar, @function
popcount_swar:
	mov	eax, edi
	shr	eax
	and	eax, 1431655765
	sub	edi, eax
	mov	edx, edi
	and	edx, 858993459
	shr	edi, 2
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
	sub	rsp, 8
	call	__popcountdi2@PLT
	add	rsp, 8
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
	and	ecx, 15
	mov	eax, 27030
	sar	eax, cl
	and	eax, 1
	ret
	.size	parity32, .-parity32
	.globl	is_power_of_two
	.type	is_power_of_two, @function
is_power_of_two:
	mov	eax, 0
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
	xor	eax, eax
	rep bsf	eax, edi
	test	edi, edi
	mov	edx, 32
	cmove	eax, edx
	ret
	.size	ctz32, .-ctz32
	.globl	clz32
	.type	clz32, @function
clz32:
	mov	eax, 32
	test	edi, edi
	je	.L19
	bsr	eax, edi
	xor	eax, 31
.L19:
	ret
	.size	clz32, .-clz32
	.globl	ctz64
	.type	ctz64, @function
ctz64:
	xor	edx, edx
	rep bsf	rdx, rdi
	test	rdi, rdi
	mov	eax, 64
	cmovne	eax, edx
	ret
	.size	ctz64, .-ctz64
	.globl	clz64
	.type	clz64, @function
clz64:
	mov	eax, 64
	test	rdi, rdi
	je	.L25
	bsr	rax, rdi
	xor	eax, 63
.L25:
	ret
	.size	clz64, .-clz64
	.globl	ilog2
	.type	ilog2, @function
ilog2:
	shr	edi
	je	.L31
	mov	eax, 0
.L30:
	add	eax, 1
	shr	edi
	jne	.L30
	ret
.L31:
	mov	eax, 0
	ret
	.size	ilog2, .-ilog2
	.globl	reverse_bits
	.type	reverse_bits, @function
reverse_bits:
	mov	eax, edi
	shr	edi
	and	edi, 1431655765
	add	eax, eax
	and	eax, -1431655766
	or	edi, eax
	mov	eax, edi
	shr	eax, 2
	and	eax, 858993459
	sal	edi, 2
	and	edi, -858993460
	or	eax, edi
	mov	edx, eax
	shr	edx, 4
	and	edx, 252645135
	sal	eax, 4
	and	eax, -252645136
	or	edx, eax
	mov	eax, edx
	shr	eax, 8
	and	eax, 16711935
	sal	edx, 8
	and	edx, -16711936
	or	eax, edx
	rol	eax, 16
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
	shr	eax, 24
	mov	edx, edi
	sal	edx, 24
	or	eax, edx
	mov	edx, edi
	shr	edx, 8
	and	edx, 65280
	or	eax, edx
	sal	edi, 8
	and	edi, 16711680
	or	eax, edi
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
	test	edi, edi
	setg	al
	movzx	eax, al
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
	mov	r10d, edi
	mov	r8d, 0
	mov	edi, 0
	mov	r9d, 0
.L50:
	mov	eax, esi
	mov	ecx, edi
	shr	eax, cl
	and	eax, 1
	lea	ecx, 1[r8]
	sal	eax, cl
	mov	edx, r10d
	mov	ecx, edi
	shr	edx, cl
	and	edx, 1
	mov	ecx, r8d
	sal	edx, cl
	or	eax, edx
	or	r9d, eax
	add	edi, 1
	add	r8d, 2
	cmp	edi, 16
	jne	.L50
	mov	eax, r9d
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
	xor	eax, esi
	add	ecx, ecx
	sub	edx, 1
	jne	.L54
	ret
	.size	gray_decode, .-gray_decode
	.globl	extract_bits
	.type	extract_bits, @function
extract_bits:
	mov	eax, -1
	mov	ecx, edx
	sal	eax, cl
	not	eax
	mov	ecx, esi
	shr	edi, cl
	and	eax, edi
	ret
	.size	extract_bits, .-extract_bits
	.globl	is_vowel_mask
	.type	is_vowel_mask, @function
is_vowel_mask:
	lea	edx, -97[rdi]
	mov	eax, 0
	cmp	edx, 25
	ja	.L57
	mov	ecx, edx
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
