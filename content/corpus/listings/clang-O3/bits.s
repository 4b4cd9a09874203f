	.text
	.intel_syntax noprefix
	.file	"bits.c"
	.globl	popcount32                      # -- Begin function popcount32
	.p2align	4, 0x90
	.type	popcount32,@function
popcount32:                             # @popcount32
# %bb.0:
                                        # kill: def $edi killed $edi def $rdi
	xor	eax, eax
	test	edi, edi
	je	.LBB0_2
	.p2align	4, 0x90
.LBB0_1:                                # =>This Inner Loop Header: Depth=1
	lea	ecx, [rdi - 1]
	add	eax, 1
	and	ecx, edi
	mov	edi, ecx
	jne	.LBB0_1
.LBB0_2:
	ret
.Lfunc_end0:
	.size	popcount32, .Lfunc_end0-popcount32
                                        # -- End function
	.globl	popcount_swar                   # -- Begin function popcount_swar
	.p2align	4, 0x90
	.type	popcount_swar,@function
popcount_swar:                          # @popcount_swar
# %bb.0:
	mov	eax, edi
	shr	eax
	and	eax, 1431655765
	sub	edi, eax
	mov	eax, edi
	and	eax, 858993459
	shr	edi, 2
	and	edi, 858993459
	add	edi, eax
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
	.p2align	4, 0x90
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
	.p2align	4, 0x90
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
	.p2align	4, 0x90
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
	.p2align	4, 0x90
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
	add	eax, 1
	ret
.Lfunc_end5:
	.size	next_power_of_two, .Lfunc_end5-next_power_of_two
                                        # -- End function
	.globl	lowest_set_bit                  # -- Begin function lowest_set_bit
	.p2align	4, 0x90
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
	.p2align	4, 0x90
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
	.p2align	4, 0x90
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
	.p2align	4, 0x90
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
	.p2align	4, 0x90
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
	.p2align	4, 0x90
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
	.p2align	4, 0x90
	.type	ilog2,@function
ilog2:                                  # @ilog2
# %bb.0:
	xor	eax, eax
	cmp	edi, 2
	jb	.LBB12_3
# %bb.1:
	xor	eax, eax
	mov	ecx, edi
	.p2align	4, 0x90
.LBB12_2:                               # =>This Inner Loop Header: Depth=1
	shr	ecx
	add	eax, 1
	cmp	edi, 3
	mov	edi, ecx
	ja	.LBB12_2
.LBB12_3:
	ret
.Lfunc_end12:
	.size	ilog2, .Lfunc_end12-ilog2
                                        # -- End function
	.globl	reverse_bits                    # -- Begin function reverse_bits
	.p2align	4, 0x90
	.type	reverse_bits,@function
reverse_bits:                           # @reverse_bits
# %bb.0:
                                        # kill: def $edi killed $edi def $rdi
	bswap	edi
	mov	eax, edi
	and	eax, 252645135
	shl	eax, 4
	shr	edi, 4
	and	edi, 252645135
	or	edi, eax
	mov	eax, edi
	and	eax, 858993459
	shr	edi, 2
	and	edi, 858993459
	lea	eax, [rdi + 4*rax]
	mov	ecx, eax
	and	ecx, 1431655765
	shr	eax
	and	eax, 1431655765
	lea	eax, [rax + 2*rcx]
	ret
.Lfunc_end13:
	.size	reverse_bits, .Lfunc_end13-reverse_bits
                                        # -- End function
	.globl	bswap32                         # -- Begin function bswap32
	.p2align	4, 0x90
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
	.p2align	4, 0x90
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
	.p2align	4, 0x90
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
	.p2align	4, 0x90
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
	.p2align	4, 0x90
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
	.p2align	4, 0x90
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
	.p2align	4, 0x90
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
	.p2align	4, 0x90
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
	.p2align	4, 0x90
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
	.p2align	4, 0x90
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
	.p2align	4, 0x90
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
	.p2align	4, 0x90
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
	.p2align	4, 0x90
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
	.p2align	4, 0x90
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
	.p2align	4, 0x90
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
	.section	.rodata.cst16,"aM",@progbits,16
	.p2align	4                               # -- Begin function interleave16
.LCPI29_0:
	.long	2048                            # 0x800
	.zero	4
	.long	512                             # 0x200
	.zero	4
.LCPI29_1:
	.long	4096                            # 0x1000
	.long	2048                            # 0x800
	.long	1024                            # 0x400
	.long	512                             # 0x200
.LCPI29_2:
	.long	8                               # 0x8
	.zero	4
	.long	2                               # 0x2
	.zero	4
.LCPI29_3:
	.long	16                              # 0x10
	.long	8                               # 0x8
	.long	4                               # 0x4
	.long	2                               # 0x2
.LCPI29_4:
	.long	32768                           # 0x8000
	.zero	4
	.long	8192                            # 0x2000
	.zero	4
.LCPI29_5:
	.long	65536                           # 0x10000
	.long	32768                           # 0x8000
	.long	16384                           # 0x4000
	.long	8192                            # 0x2000
.LCPI29_6:
	.long	128                             # 0x80
	.zero	4
	.long	32                              # 0x20
	.zero	4
.LCPI29_7:
	.long	256                             # 0x100
	.long	128                             # 0x80
	.long	64                              # 0x40
	.long	32                              # 0x20
.LCPI29_8:
	.long	32768                           # 0x8000
	.long	8192                            # 0x2000
	.long	2048                            # 0x800
	.long	512                             # 0x200
.LCPI29_9:
	.long	2147483648                      # 0x80000000
	.long	536870912                       # 0x20000000
	.long	134217728                       # 0x8000000
	.long	33554432                        # 0x2000000
.LCPI29_10:
	.long	128                             # 0x80
	.long	32                              # 0x20
	.long	8                               # 0x8
	.long	2                               # 0x2
.LCPI29_11:
	.long	8388608                         # 0x800000
	.long	2097152                         # 0x200000
	.long	524288                          # 0x80000
	.long	131072                          # 0x20000
	.text
	.globl	interleave16
	.p2align	4, 0x90
	.type	interleave16,@function
interleave16:                           # @interleave16
# %bb.0:
                                        # kill: def $edi killed $edi def $rdi
	mov	eax, edi
	and	eax, 1
	movd	xmm0, esi
	pshufd	xmm1, xmm0, 0                   # xmm1 = xmm0[0,0,0,0]
	movdqa	xmm0, xmmword ptr [rip + .LCPI29_0] # xmm0 = <2048,u,512,u>
	pmuludq	xmm0, xmm1
	pshufd	xmm2, xmm0, 232                 # xmm2 = xmm0[0,2,2,3]
	movdqa	xmm0, xmmword ptr [rip + .LCPI29_1] # xmm0 = [4096,2048,1024,512]
	pmuludq	xmm0, xmm1
	pshufd	xmm0, xmm0, 232                 # xmm0 = xmm0[0,2,2,3]
	punpckldq	xmm0, xmm2              # xmm0 = xmm0[0],xmm2[0],xmm0[1],xmm2[1]
	movdqa	xmm2, xmmword ptr [rip + .LCPI29_2] # xmm2 = <8,u,2,u>
	pmuludq	xmm2, xmm1
	pshufd	xmm3, xmm2, 232                 # xmm3 = xmm2[0,2,2,3]
	movdqa	xmm2, xmmword ptr [rip + .LCPI29_3] # xmm2 = [16,8,4,2]
	pmuludq	xmm2, xmm1
	pshufd	xmm2, xmm2, 232                 # xmm2 = xmm2[0,2,2,3]
	punpckldq	xmm2, xmm3              # xmm2 = xmm2[0],xmm3[0],xmm2[1],xmm3[1]
	movdqa	xmm3, xmmword ptr [rip + .LCPI29_4] # xmm3 = <32768,u,8192,u>
	pmuludq	xmm3, xmm1
	pshufd	xmm3, xmm3, 232                 # xmm3 = xmm3[0,2,2,3]
	movdqa	xmm4, xmmword ptr [rip + .LCPI29_5] # xmm4 = [65536,32768,16384,8192]
	pmuludq	xmm4, xmm1
	pshufd	xmm4, xmm4, 232                 # xmm4 = xmm4[0,2,2,3]
	punpckldq	xmm4, xmm3              # xmm4 = xmm4[0],xmm3[0],xmm4[1],xmm3[1]
	movdqa	xmm3, xmmword ptr [rip + .LCPI29_6] # xmm3 = <128,u,32,u>
	pmuludq	xmm3, xmm1
	pshufd	xmm3, xmm3, 232                 # xmm3 = xmm3[0,2,2,3]
	pmuludq	xmm1, xmmword ptr [rip + .LCPI29_7]
	pshufd	xmm1, xmm1, 232                 # xmm1 = xmm1[0,2,2,3]
	punpckldq	xmm1, xmm3              # xmm1 = xmm1[0],xmm3[0],xmm1[1],xmm3[1]
	pand	xmm1, xmmword ptr [rip + .LCPI29_8]
	pand	xmm4, xmmword ptr [rip + .LCPI29_9]
	pand	xmm2, xmmword ptr [rip + .LCPI29_10]
	por	xmm4, xmm1
	pand	xmm0, xmmword ptr [rip + .LCPI29_11]
	por	xmm0, xmm2
	por	xmm0, xmm4
	lea	ecx, [rdi + rdi]
	and	ecx, 4
	or	ecx, eax
	lea	eax, [4*rdi]
	and	eax, 16
	or	eax, ecx
	lea	ecx, [8*rdi]
	and	ecx, 64
	or	ecx, eax
	mov	eax, edi
	and	eax, 16
	shl	eax, 4
	or	eax, ecx
	mov	ecx, edi
	and	ecx, 32
	shl	ecx, 5
	or	ecx, eax
	mov	eax, edi
	and	eax, 64
	shl	eax, 6
	or	eax, ecx
	mov	ecx, edi
	shl	ecx, 7
	and	ecx, 16384
	or	ecx, eax
	mov	eax, edi
	shl	eax, 8
	and	eax, 65536
	or	eax, ecx
	mov	ecx, edi
	shl	ecx, 9
	and	ecx, 262144
	or	ecx, eax
	mov	eax, edi
	shl	eax, 10
	and	eax, 1048576
	or	eax, ecx
	mov	ecx, edi
	shl	ecx, 11
	and	ecx, 4194304
	or	ecx, eax
	mov	eax, edi
	shl	eax, 12
	and	eax, 16777216
	or	eax, ecx
	mov	ecx, edi
	shl	ecx, 13
	and	ecx, 67108864
	or	ecx, eax
	mov	edx, edi
	shl	edx, 14
	and	edx, 268435456
	or	edx, ecx
	shl	edi, 15
	and	edi, 1073741824
	or	edx, edi
	pshufd	xmm1, xmm0, 238                 # xmm1 = xmm0[2,3,2,3]
	por	xmm1, xmm0
	pshufd	xmm0, xmm1, 85                  # xmm0 = xmm1[1,1,1,1]
	por	xmm0, xmm1
	movd	eax, xmm0
	or	eax, edx
	ret
.Lfunc_end29:
	.size	interleave16, .Lfunc_end29-interleave16
                                        # -- End function
	.globl	gray_code                       # -- Begin function gray_code
	.p2align	4, 0x90
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
	.p2align	4, 0x90
	.type	gray_decode,@function
gray_decode:                            # @gray_decode
# %bb.0:
	mov	eax, edi
	shr	eax
	xor	eax, edi
	mov	ecx, eax
	shr	ecx, 2
	xor	ecx, eax
	mov	eax, ecx
	shr	eax, 4
	xor	eax, ecx
	mov	ecx, eax
	shr	ecx, 8
	xor	ecx, eax
	mov	eax, ecx
	shr	eax, 16
	xor	eax, ecx
	ret
.Lfunc_end31:
	.size	gray_decode, .Lfunc_end31-gray_decode
                                        # -- End function
	.globl	extract_bits                    # -- Begin function extract_bits
	.p2align	4, 0x90
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
	.p2align	4, 0x90
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
	.p2align	4, 0x90
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
