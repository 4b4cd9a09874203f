	.text
	.intel_syntax noprefix
	.file	"bits.c"
	.globl	popcount32                      # -- Begin function popcount32
	.type	popcount32,@function
popcount32:                             # @popcount32
# %bb.0:
                                        # kill: def $edi killed $edi def $rdi
	xor	eax, eax
	test	edi, edi
	je	.LBB0_2
.LBB0_1:                                # =>This Inner Loop Header: Depth=1
	lea	ecx, [rdi - 1]
	inc	eax
	and	ecx, edi
	mov	edi, ecx
	jne	.LBB0_1
.LBB0_2:
	ret
.Lfunc_end0:
	.size	popcount32, .Lfunc_end0-popcount32
                                        # -- End function
	.globl	popcount_swar                   # -- Begin function popcount_swar
	.type	popcount_swar,@function
popcount_swar:                          # @popcount_swar
# %bb.0:
	mov	eax, edi
	shr	eax
	and	eax, 1431655765
	sub	edi, eax
	mov	eax, 858993459
	mov	ecx, edi
	and	ecx, eax
	shr	edi, 2
	and	edi, eax
	add	edi, ecx
	mov	eax, edi
	shr	eax, 4
	add	eax, edi
	and	eax, 252645135
	imul	eax, eax, 16843009
	shr	eax, 24
	ret
.Lfunc_end1:
	.size	popcount_swar, .Lfunc_end1-popcount_swar
                                        # -- End function
	.globl	popcount64                      # -- Begin function popcount64
	.type	popcount64,@function
popcount64:                             # @popcount64
# %bb.0:
	mov	rax, rdi
	shr	rax
	movabs	rcx, 6148914691236517205
	and	rcx, rax
	sub	rdi, rcx
	movabs	rax, 3689348814741910323
	mov	rcx, rdi
	and	rcx, rax
	shr	rdi, 2
	and	rax, rdi
	add	rax, rcx
	mov	rcx, rax
	shr	rcx, 4
	add	rcx, rax
	movabs	rdx, 1085102592571150095
	and	rdx, rcx
	movabs	rax, 72340172838076673
	imul	rax, rdx
	shr	rax, 56
                                        # kill: def $eax killed $eax killed $rax
	ret
.Lfunc_end2:
	.size	popcount64, .Lfunc_end2-popcount64
                                        # -- End function
	.globl	parity32                        # -- Begin function parity32
	.type	parity32,@function
parity32:                               # @parity32
# %bb.0:
	mov	eax, edi
	shr	eax, 16
	xor	eax, edi
	mov	edx, eax
	shr	edx, 8
	xor	edx, eax
	mov	ecx, edx
	shr	ecx, 4
	xor	ecx, edx
	and	cl, 15
	mov	eax, 27030
                                        # kill: def $cl killed $cl killed $ecx
	shr	eax, cl
	and	eax, 1
	ret
.Lfunc_end3:
	.size	parity32, .Lfunc_end3-parity32
                                        # -- End function
	.globl	is_power_of_two                 # -- Begin function is_power_of_two
	.type	is_power_of_two,@function
is_power_of_two:                        # @is_power_of_two
# %bb.0:
                                        # kill: def $edi killed $edi def $rdi
	test	edi, edi
	je	.LBB4_1
# %bb.2:
	lea	ecx, [rdi - 1]
	xor	eax, eax
	test	edi, ecx
	sete	al
	ret
.LBB4_1:
	xor	eax, eax
	ret
.Lfunc_end4:
	.size	is_power_of_two, .Lfunc_end4-is_power_of_two
                                        # -- End function
	.globl	next_power_of_two               # -- Begin function next_power_of_two
	.type	next_power_of_two,@function
next_power_of_two:                      # @next_power_of_two
# %bb.0:
                                        # kill: def $edi killed $edi def $rdi
	lea	eax, [rdi - 1]
	mov	ecx, eax
	shr	ecx
	or	ecx, eax
	mov	eax, ecx
	shr	eax, 2
	or	eax, ecx
	mov	ecx, eax
	shr	ecx, 4
	or	ecx, eax
	mov	edx, ecx
	shr	edx, 8
	or	edx, ecx
	mov	eax, edx
	shr	eax, 16
	or	eax, edx
	inc	eax
	ret
.Lfunc_end5:
	.size	next_power_of_two, .Lfunc_end5-next_power_of_two
                                        # -- End function
	.globl	lowest_set_bit                  # -- Begin function lowest_set_bit
	.type	lowest_set_bit,@function
lowest_set_bit:                         # @lowest_set_bit
# %bb.0:
	mov	eax, edi
	neg	eax
	and	eax, edi
	ret
.Lfunc_end6:
	.size	lowest_set_bit, .Lfunc_end6-lowest_set_bit
                                        # -- End function
	.globl	clear_lowest_bit                # -- Begin function clear_lowest_bit
	.type	clear_lowest_bit,@function
clear_lowest_bit:                       # @clear_lowest_bit
# %bb.0:
                                        # kill: def $edi killed $edi def $rdi
	lea	eax, [rdi - 1]
	and	eax, edi
	ret
.Lfunc_end7:
	.size	clear_lowest_bit, .Lfunc_end7-clear_lowest_bit
                                        # -- End function
	.globl	ctz32                           # -- Begin function ctz32
	.type	ctz32,@function
ctz32:                                  # @ctz32
# %bb.0:
	test	edi, edi
	je	.LBB8_2
# %bb.1:
	bsf	eax, edi
	ret
.LBB8_2:
	mov	eax, 32
	ret
.Lfunc_end8:
	.size	ctz32, .Lfunc_end8-ctz32
                                        # -- End function
	.globl	clz32                           # -- Begin function clz32
	.type	clz32,@function
clz32:                                  # @clz32
# %bb.0:
	test	edi, edi
	je	.LBB9_2
# %bb.1:
	bsr	eax, edi
	xor	eax, 31
	ret
.LBB9_2:
	mov	eax, 32
	ret
.Lfunc_end9:
	.size	clz32, .Lfunc_end9-clz32
                                        # -- End function
	.globl	ctz64                           # -- Begin function ctz64
	.type	ctz64,@function
ctz64:                                  # @ctz64
# %bb.0:
	test	rdi, rdi
	je	.LBB10_1
# %bb.2:
	bsf	rax, rdi
                                        # kill: def $eax killed $eax killed $rax
	ret
.LBB10_1:
	mov	eax, 64
                                        # kill: def $eax killed $eax killed $rax
	ret
.Lfunc_end10:
	.size	ctz64, .Lfunc_end10-ctz64
                                        # -- End function
	.globl	clz64                           # -- Begin function clz64
	.type	clz64,@function
clz64:                                  # @clz64
# %bb.0:
	test	rdi, rdi
	je	.LBB11_1
# %bb.2:
	bsr	rax, rdi
	xor	rax, 63
                                        # kill: def $eax killed $eax killed $rax
	ret
.LBB11_1:
	mov	eax, 64
                                        # kill: def $eax killed $eax killed $rax
	ret
.Lfunc_end11:
	.size	clz64, .Lfunc_end11-clz64
                                        # -- End function
	.globl	ilog2                           # -- Begin function ilog2
	.type	ilog2,@function
ilog2:                                  # @ilog2
# %bb.0:
	xor	eax, eax
	cmp	edi, 2
	jb	.LBB12_3
# %bb.1:
	xor	eax, eax
	mov	ecx, edi
.LBB12_2:                               # =>This Inner Loop Header: Depth=1
	shr	ecx
	inc	eax
	cmp	edi, 3
	mov	edi, ecx
	ja	.LBB12_2
.LBB12_3:
	ret
.Lfunc_end12:
	.size	ilog2, .Lfunc_end12-ilog2
                                        # -- End function
	.globl	reverse_bits                    # -- Begin function reverse_bits
	.type	reverse_bits,@function
reverse_bits:                           # @reverse_bits
# %bb.0:
                                        # kill: def $edi killed $edi def $rdi
	bswap	edi
	mov	eax, edi
	shr	eax, 4
	mov	ecx, 252645135
	and	eax, ecx
	and	edi, ecx
	shl	edi, 4
	or	edi, eax
	mov	eax, 858993459
	mov	ecx, edi
	and	ecx, eax
	shr	edi, 2
	and	edi, eax
	lea	eax, [rdi + 4*rcx]
	mov	ecx, 1431655765
	mov	edx, eax
	and	edx, ecx
	shr	eax
	and	eax, ecx
	lea	eax, [rax + 2*rdx]
	ret
.Lfunc_end13:
	.size	reverse_bits, .Lfunc_end13-reverse_bits
                                        # -- End function
	.globl	bswap32                         # -- Begin function bswap32
	.type	bswap32,@function
bswap32:                                # @bswap32
# %bb.0:
	mov	eax, edi
	bswap	eax
	ret
.Lfunc_end14:
	.size	bswap32, .Lfunc_end14-bswap32
                                        # -- End function
	.globl	bswap64                         # -- Begin function bswap64
	.type	bswap64,@function
bswap64:                                # @bswap64
# %bb.0:
	mov	rax, rdi
	bswap	rax
	ret
.Lfunc_end15:
	.size	bswap64, .Lfunc_end15-bswap64
                                        # -- End function
	.globl	bswap32_manual                  # -- Begin function bswap32_manual
	.type	bswap32_manual,@function
bswap32_manual:                         # @bswap32_manual
# %bb.0:
	mov	eax, edi
	bswap	eax
	ret
.Lfunc_end16:
	.size	bswap32_manual, .Lfunc_end16-bswap32_manual
                                        # -- End function
	.globl	rotl32                          # -- Begin function rotl32
	.type	rotl32,@function
rotl32:                                 # @rotl32
# %bb.0:
	mov	ecx, esi
	mov	eax, edi
                                        # kill: def $cl killed $cl killed $ecx
	rol	eax, cl
	ret
.Lfunc_end17:
	.size	rotl32, .Lfunc_end17-rotl32
                                        # -- End function
	.globl	rotr32                          # -- Begin function rotr32
	.type	rotr32,@function
rotr32:                                 # @rotr32
# %bb.0:
	mov	ecx, esi
	mov	eax, edi
                                        # kill: def $cl killed $cl killed $ecx
	ror	eax, cl
	ret
.Lfunc_end18:
	.size	rotr32, .Lfunc_end18-rotr32
                                        # -- End function
	.globl	rotl64                          # -- Begin function rotl64
	.type	rotl64,@function
rotl64:                                 # @rotl64
# %bb.0:
	mov	ecx, esi
	mov	rax, rdi
                                        # kill: def $cl killed $cl killed $ecx
	rol	rax, cl
	ret
.Lfunc_end19:
	.size	rotl64, .Lfunc_end19-rotl64
                                        # -- End function
	.globl	sign_of                         # -- Begin function sign_of
	.type	sign_of,@function
sign_of:                                # @sign_of
# %bb.0:
	xor	eax, eax
	test	edi, edi
	setg	al
	sar	edi, 31
	add	eax, edi
	ret
.Lfunc_end20:
	.size	sign_of, .Lfunc_end20-sign_of
                                        # -- End function
	.globl	abs_branchless                  # -- Begin function abs_branchless
	.type	abs_branchless,@function
abs_branchless:                         # @abs_branchless
# %bb.0:
	mov	eax, edi
	neg	eax
	cmovs	eax, edi
	ret
.Lfunc_end21:
	.size	abs_branchless, .Lfunc_end21-abs_branchless
                                        # -- End function
	.globl	min_branchless                  # -- Begin function min_branchless
	.type	min_branchless,@function
min_branchless:                         # @min_branchless
# %bb.0:
	mov	eax, esi
	cmp	edi, esi
	cmovl	eax, edi
	ret
.Lfunc_end22:
	.size	min_branchless, .Lfunc_end22-min_branchless
                                        # -- End function
	.globl	opposite_signs                  # -- Begin function opposite_signs
	.type	opposite_signs,@function
opposite_signs:                         # @opposite_signs
# %bb.0:
	mov	eax, edi
	xor	eax, esi
	shr	eax, 31
	ret
.Lfunc_end23:
	.size	opposite_signs, .Lfunc_end23-opposite_signs
                                        # -- End function
	.globl	set_bit                         # -- Begin function set_bit
	.type	set_bit,@function
set_bit:                                # @set_bit
# %bb.0:
	mov	eax, edi
	bts	eax, esi
	ret
.Lfunc_end24:
	.size	set_bit, .Lfunc_end24-set_bit
                                        # -- End function
	.globl	test_bit                        # -- Begin function test_bit
	.type	test_bit,@function
test_bit:                               # @test_bit
# %bb.0:
	mov	ecx, esi
	mov	eax, edi
                                        # kill: def $cl killed $cl killed $ecx
	shr	eax, cl
	and	eax, 1
	ret
.Lfunc_end25:
	.size	test_bit, .Lfunc_end25-test_bit
                                        # -- End function
	.globl	toggle_bit                      # -- Begin function toggle_bit
	.type	toggle_bit,@function
toggle_bit:                             # @toggle_bit
# %bb.0:
	mov	eax, edi
	btc	eax, esi
	ret
.Lfunc_end26:
	.size	toggle_bit, .Lfunc_end26-toggle_bit
                                        # -- End function
	.globl	test_bit64                      # -- Begin function test_bit64
	.type	test_bit64,@function
test_bit64:                             # @test_bit64
# %bb.0:
	mov	ecx, esi
	mov	rax, rdi
                                        # kill: def $cl killed $cl killed $ecx
	shr	rax, cl
	and	eax, 1
                                        # kill: def $eax killed $eax killed $rax
	ret
.Lfunc_end27:
	.size	test_bit64, .Lfunc_end27-test_bit64
                                        # -- End function
	.globl	clear_bit64                     # -- Begin function clear_bit64
	.type	clear_bit64,@function
clear_bit64:                            # @clear_bit64
# %bb.0:
                                        # kill: def $esi killed $esi def $rsi
	mov	rax, rdi
	btr	rax, rsi
	ret
.Lfunc_end28:
	.size	clear_bit64, .Lfunc_end28-clear_bit64
                                        # -- End function
	.globl	interleave16                    # -- Begin function interleave16
	.type	interleave16,@function
interleave16:                           # @interleave16
# %bb.0:
	xor	r8d, r8d
	xor	r9d, r9d
	xor	eax, eax
.LBB29_1:                               # =>This Inner Loop Header: Depth=1
	mov	r10d, edi
	mov	ecx, r9d
	shr	r10d, cl
	and	r10d, 1
	mov	ecx, r8d
	shl	r10d, cl
	mov	edx, esi
	mov	ecx, r9d
	shr	edx, cl
	and	edx, 1
	lea	ecx, [r8 + 1]
                                        # kill: def $cl killed $cl killed $ecx
	shl	edx, cl
	or	eax, edx
	or	eax, r10d
	inc	r9d
	add	r8d, 2
	cmp	r9d, 16
	jne	.LBB29_1
# %bb.2:
	ret
.Lfunc_end29:
	.size	interleave16, .Lfunc_end29-interleave16
                                        # -- End function
	.globl	gray_code                       # -- Begin function gray_code
	.type	gray_code,@function
gray_code:                              # @gray_code
# %bb.0:
	mov	eax, edi
	shr	eax
	xor	eax, edi
	ret
.Lfunc_end30:
	.size	gray_code, .Lfunc_end30-gray_code
                                        # -- End function
	.globl	gray_decode                     # -- Begin function gray_decode
	.type	gray_decode,@function
gray_decode:                            # @gray_decode
# %bb.0:
	mov	eax, edi
	mov	ecx, 1
.LBB31_1:                               # =>This Inner Loop Header: Depth=1
	mov	edx, eax
	shr	eax, cl
	xor	eax, edx
	lea	edx, [rcx + rcx]
	cmp	ecx, 16
	mov	ecx, edx
	jb	.LBB31_1
# %bb.2:
	ret
.Lfunc_end31:
	.size	gray_decode, .Lfunc_end31-gray_decode
                                        # -- End function
	.globl	extract_bits                    # -- Begin function extract_bits
	.type	extract_bits,@function
extract_bits:                           # @extract_bits
# %bb.0:
	mov	ecx, esi
                                        # kill: def $cl killed $cl killed $ecx
	shr	edi, cl
	mov	eax, -1
	mov	ecx, edx
	shl	eax, cl
	not	eax
	and	eax, edi
	ret
.Lfunc_end32:
	.size	extract_bits, .Lfunc_end32-extract_bits
                                        # -- End function
	.globl	is_vowel_mask                   # -- Begin function is_vowel_mask
	.type	is_vowel_mask,@function
is_vowel_mask:                          # @is_vowel_mask
# %bb.0:
	mov	ecx, edi
	add	ecx, -97
	mov	edx, 1065233
	shr	edx, cl
	and	edx, 1
	xor	eax, eax
	cmp	ecx, 26
	cmovb	eax, edx
	ret
.Lfunc_end33:
	.size	is_vowel_mask, .Lfunc_end33-is_vowel_mask
                                        # -- End function
	.globl	mul_hi_u64                      # -- Begin function mul_hi_u64
	.type	mul_hi_u64,@function
mul_hi_u64:                             # @mul_hi_u64
# %bb.0:
	mov	rax, rsi
	mul	rdi
	mov	rax, rdx
	ret
.Lfunc_end34:
	.size	mul_hi_u64, .Lfunc_end34-mul_hi_u64
                                        # -- End function
	.ident	"Debian clang version 14.0.6"
	.section	".note.GNU-stack","",@progbits
