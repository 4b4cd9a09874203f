	.text
	.intel_syntax noprefix
	.file	"bits.c"
	.globl	popcount32                      # -- Begin function popcount32
	.p2align	4, 0x90
	.type	popcount32,@function
popcount32:                             # @popcount32
# %bb.0:
	push	rbp
	mov	rbp, rsp
	mov	dword ptr [rbp - 4], edi
	mov	dword ptr [rbp - 8], 0
.LBB0_1:                                # =>This Inner Loop Header: Depth=1
	cmp	dword ptr [rbp - 4], 0
	je	.LBB0_3
# %bb.2:                                #   in Loop: Header=BB0_1 Depth=1
	mov	eax, dword ptr [rbp - 4]
	sub	eax, 1
	and	eax, dword ptr [rbp - 4]
	mov	dword ptr [rbp - 4], eax
	mov	eax, dword ptr [rbp - 8]
	add	eax, 1
	mov	dword ptr [rbp - 8], eax
	jmp	.LBB0_1
.LBB0_3:
	mov	eax, dword ptr [rbp - 8]
	pop	rbp
	ret
.Lfunc_end0:
	.size	popcount32, .Lfunc_end0-popcount32
                                        # -- End function
	.globl	popcount_swar                   # -- Begin function popcount_swar
	.p2align	4, 0x90
	.type	popcount_swar,@function
popcount_swar:                          # @popcount_swar
# %bb.0:
	push	rbp
	mov	rbp, rsp
	mov	dword ptr [rbp - 4], edi
	mov	eax, dword ptr [rbp - 4]
	mov	ecx, dword ptr [rbp - 4]
	shr	ecx, 1
	and	ecx, 1431655765
	sub	eax, ecx
	mov	dword ptr [rbp - 4], eax
	mov	eax, dword ptr [rbp - 4]
	and	eax, 858993459
	mov	ecx, dword ptr [rbp - 4]
	shr	ecx, 2
	and	ecx, 858993459
	add	eax, ecx
	mov	dword ptr [rbp - 4], eax
	mov	eax, dword ptr [rbp - 4]
	mov	ecx, dword ptr [rbp - 4]
	shr	ecx, 4
	add	eax, ecx
	and	eax, 252645135
	imul	eax, eax, 16843009
	shr	eax, 24
	pop	rbp
	ret
.Lfunc_end1:
	.size	popcount_swar, .Lfunc_end1-popcount_swar
                                        # -- End function
	.globl	popcount64                      # -- Begin function popcount64
	.p2align	4, 0x90
	.type	popcount64,@function
popcount64:                             # @popcount64
# %bb.0:
	push	rbp
	mov	rbp, rsp
	mov	qword ptr [rbp - 8], rdi
	mov	rcx, qword ptr [rbp - 8]
	mov	rax, rcx
	shr	rax
	movabs	rdx, 6148914691236517205
	and	rax, rdx
	sub	rcx, rax
	movabs	rdx, 3689348814741910323
	mov	rax, rcx
	and	rax, rdx
	shr	rcx, 2
	and	rcx, rdx
	add	rax, rcx
	mov	rcx, rax
	shr	rcx, 4
	add	rax, rcx
	movabs	rcx, 1085102592571150095
	and	rax, rcx
	movabs	rcx, 72340172838076673
	imul	rax, rcx
	shr	rax, 56
                                        # kill: def $eax killed $eax killed $rax
	pop	rbp
	ret
.Lfunc_end2:
	.size	popcount64, .Lfunc_end2-popcount64
                                        # -- End function
	.globl	parity32                        # -- Begin function parity32
	.p2align	4, 0x90
	.type	parity32,@function
parity32:                               # @parity32
# %bb.0:
	push	rbp
	mov	rbp, rsp
	mov	dword ptr [rbp - 4], edi
	mov	eax, dword ptr [rbp - 4]
	shr	eax, 16
	xor	eax, dword ptr [rbp - 4]
	mov	dword ptr [rbp - 4], eax
	mov	eax, dword ptr [rbp - 4]
	shr	eax, 8
	xor	eax, dword ptr [rbp - 4]
	mov	dword ptr [rbp - 4], eax
	mov	eax, dword ptr [rbp - 4]
	shr	eax, 4
	xor	eax, dword ptr [rbp - 4]
	mov	dword ptr [rbp - 4], eax
	mov	ecx, dword ptr [rbp - 4]
	and	ecx, 15
	mov	eax, 27030
                                        # kill: def $cl killed $ecx
	sar	eax, cl
	and	eax, 1
	pop	rbp
	ret
.Lfunc_end3:
	.size	parity32, .Lfunc_end3-parity32
                                        # -- End function
	.globl	is_power_of_two                 # -- Begin function is_power_of_two
	.p2align	4, 0x90
	.type	is_power_of_two,@function
is_power_of_two:                        # @is_power_of_two
# %bb.0:
	push	rbp
	mov	rbp, rsp
	mov	dword ptr [rbp - 4], edi
	xor	eax, eax
                                        # kill: def $al killed $al killed $eax
	cmp	dword ptr [rbp - 4], 0
	mov	byte ptr [rbp - 5], al          # 1-byte Spill
	je	.LBB4_2
# %bb.1:
	mov	eax, dword ptr [rbp - 4]
	mov	ecx, dword ptr [rbp - 4]
	sub	ecx, 1
	and	eax, ecx
	cmp	eax, 0
	setne	al
	xor	al, -1
	mov	byte ptr [rbp - 5], al          # 1-byte Spill
.LBB4_2:
	mov	al, byte ptr [rbp - 5]          # 1-byte Reload
	and	al, 1
	movzx	eax, al
	pop	rbp
	ret
.Lfunc_end4:
	.size	is_power_of_two, .Lfunc_end4-is_power_of_two
                                        # -- End function
	.globl	next_power_of_two               # -- Begin function next_power_of_two
	.p2align	4, 0x90
	.type	next_power_of_two,@function
next_power_of_two:                      # @next_power_of_two
# %bb.0:
	push	rbp
	mov	rbp, rsp
	mov	dword ptr [rbp - 4], edi
	mov	eax, dword ptr [rbp - 4]
	add	eax, -1
	mov	dword ptr [rbp - 4], eax
	mov	eax, dword ptr [rbp - 4]
	shr	eax, 1
	or	eax, dword ptr [rbp - 4]
	mov	dword ptr [rbp - 4], eax
	mov	eax, dword ptr [rbp - 4]
	shr	eax, 2
	or	eax, dword ptr [rbp - 4]
	mov	dword ptr [rbp - 4], eax
	mov	eax, dword ptr [rbp - 4]
	shr	eax, 4
	or	eax, dword ptr [rbp - 4]
	mov	dword ptr [rbp - 4], eax
	mov	eax, dword ptr [rbp - 4]
	shr	eax, 8
	or	eax, dword ptr [rbp - 4]
	mov	dword ptr [rbp - 4], eax
	mov	eax, dword ptr [rbp - 4]
	shr	eax, 16
	or	eax, dword ptr [rbp - 4]
	mov	dword ptr [rbp - 4], eax
	mov	eax, dword ptr [rbp - 4]
	add	eax, 1
	pop	rbp
	ret
.Lfunc_end5:
	.size	next_power_of_two, .Lfunc_end5-next_power_of_two
                                        # -- End function
	.globl	lowest_set_bit                  # -- Begin function lowest_set_bit
	.p2align	4, 0x90
	.type	lowest_set_bit,@function
lowest_set_bit:                         # @lowest_set_bit
# %bb.0:
	push	rbp
	mov	rbp, rsp
	mov	dword ptr [rbp - 4], edi
	mov	eax, dword ptr [rbp - 4]
	xor	ecx, ecx
	sub	ecx, dword ptr [rbp - 4]
	and	eax, ecx
	pop	rbp
	ret
.Lfunc_end6:
	.size	lowest_set_bit, .Lfunc_end6-lowest_set_bit
                                        # -- End function
	.globl	clear_lowest_bit                # -- Begin function clear_lowest_bit
	.p2align	4, 0x90
	.type	clear_lowest_bit,@function
clear_lowest_bit:                       # @clear_lowest_bit
# %bb.0:
	push	rbp
	mov	rbp, rsp
	mov	dword ptr [rbp - 4], edi
	mov	eax, dword ptr [rbp - 4]
	mov	ecx, dword ptr [rbp - 4]
	sub	ecx, 1
	and	eax, ecx
	pop	rbp
	ret
.Lfunc_end7:
	.size	clear_lowest_bit, .Lfunc_end7-clear_lowest_bit
                                        # -- End function
	.globl	ctz32                           # -- Begin function ctz32
	.p2align	4, 0x90
	.type	ctz32,@function
ctz32:                                  # @ctz32
# %bb.0:
	push	rbp
	mov	rbp, rsp
	mov	dword ptr [rbp - 4], edi
	cmp	dword ptr [rbp - 4], 0
	je	.LBB8_2
# %bb.1:
	mov	eax, dword ptr [rbp - 4]
	bsf	eax, eax
	mov	dword ptr [rbp - 8], eax        # 4-byte Spill
	jmp	.LBB8_3
.LBB8_2:
	mov	eax, 32
	mov	dword ptr [rbp - 8], eax        # 4-byte Spill
	jmp	.LBB8_3
.LBB8_3:
	mov	eax, dword ptr [rbp - 8]        # 4-byte Reload
	pop	rbp
	ret
.Lfunc_end8:
	.size	ctz32, .Lfunc_end8-ctz32
                                        # -- End function
	.globl	clz32                           # -- Begin function clz32
	.p2align	4, 0x90
	.type	clz32,@function
clz32:                                  # @clz32
# %bb.0:
	push	rbp
	mov	rbp, rsp
	mov	dword ptr [rbp - 4], edi
	cmp	dword ptr [rbp - 4], 0
	je	.LBB9_2
# %bb.1:
	mov	eax, dword ptr [rbp - 4]
	bsr	eax, eax
	xor	eax, 31
	mov	dword ptr [rbp - 8], eax        # 4-byte Spill
	jmp	.LBB9_3
.LBB9_2:
	mov	eax, 32
	mov	dword ptr [rbp - 8], eax        # 4-byte Spill
	jmp	.LBB9_3
.LBB9_3:
	mov	eax, dword ptr [rbp - 8]        # 4-byte Reload
	pop	rbp
	ret
.Lfunc_end9:
	.size	clz32, .Lfunc_end9-clz32
                                        # -- End function
	.globl	ctz64                           # -- Begin function ctz64
	.p2align	4, 0x90
	.type	ctz64,@function
ctz64:                                  # @ctz64
# %bb.0:
	push	rbp
	mov	rbp, rsp
	mov	qword ptr [rbp - 8], rdi
	cmp	qword ptr [rbp - 8], 0
	je	.LBB10_2
# %bb.1:
	mov	rax, qword ptr [rbp - 8]
	bsf	rax, rax
                                        # kill: def $eax killed $eax killed $rax
	mov	dword ptr [rbp - 12], eax       # 4-byte Spill
	jmp	.LBB10_3
.LBB10_2:
	mov	eax, 64
	mov	dword ptr [rbp - 12], eax       # 4-byte Spill
	jmp	.LBB10_3
.LBB10_3:
	mov	eax, dword ptr [rbp - 12]       # 4-byte Reload
	pop	rbp
	ret
.Lfunc_end10:
	.size	ctz64, .Lfunc_end10-ctz64
                                        # -- End function
	.globl	clz64                           # -- Begin function clz64
	.p2align	4, 0x90
	.type	clz64,@function
clz64:                                  # @clz64
# %bb.0:
	push	rbp
	mov	rbp, rsp
	mov	qword ptr [rbp - 8], rdi
	cmp	qword ptr [rbp - 8], 0
	je	.LBB11_2
# %bb.1:
	mov	rax, qword ptr [rbp - 8]
	bsr	rax, rax
	xor	rax, 63
                                        # kill: def $eax killed $eax killed $rax
	mov	dword ptr [rbp - 12], eax       # 4-byte Spill
	jmp	.LBB11_3
.LBB11_2:
	mov	eax, 64
	mov	dword ptr [rbp - 12], eax       # 4-byte Spill
	jmp	.LBB11_3
.LBB11_3:
	mov	eax, dword ptr [rbp - 12]       # 4-byte Reload
	pop	rbp
	ret
.Lfunc_end11:
	.size	clz64, .Lfunc_end11-clz64
                                        # -- End function
	.globl	ilog2                           # -- Begin function ilog2
	.p2align	4, 0x90
	.type	ilog2,@function
ilog2:                                  # @ilog2
# %bb.0:
	push	rbp
	mov	rbp, rsp
	mov	dword ptr [rbp - 4], edi
	mov	dword ptr [rbp - 8], 0
.LBB12_1:                               # =>This Inner Loop Header: Depth=1
	mov	eax, dword ptr [rbp - 4]
	shr	eax, 1
	mov	dword ptr [rbp - 4], eax
	cmp	eax, 0
	je	.LBB12_3
# %bb.2:                                #   in Loop: Header=BB12_1 Depth=1
	mov	eax, dword ptr [rbp - 8]
	add	eax, 1
	mov	dword ptr [rbp - 8], eax
	jmp	.LBB12_1
.LBB12_3:
	mov	eax, dword ptr [rbp - 8]
	pop	rbp
	ret
.Lfunc_end12:
	.size	ilog2, .Lfunc_end12-ilog2
                                        # -- End function
	.globl	reverse_bits                    # -- Begin function reverse_bits
	.p2align	4, 0x90
	.type	reverse_bits,@function
reverse_bits:                           # @reverse_bits
# %bb.0:
	push	rbp
	mov	rbp, rsp
	mov	dword ptr [rbp - 4], edi
	mov	eax, dword ptr [rbp - 4]
	shr	eax, 1
	and	eax, 1431655765
	mov	ecx, dword ptr [rbp - 4]
	and	ecx, 1431655765
	shl	ecx, 1
	or	eax, ecx
	mov	dword ptr [rbp - 4], eax
	mov	eax, dword ptr [rbp - 4]
	shr	eax, 2
	and	eax, 858993459
	mov	ecx, dword ptr [rbp - 4]
	and	ecx, 858993459
	shl	ecx, 2
	or	eax, ecx
	mov	dword ptr [rbp - 4], eax
	mov	eax, dword ptr [rbp - 4]
	shr	eax, 4
	and	eax, 252645135
	mov	ecx, dword ptr [rbp - 4]
	and	ecx, 252645135
	shl	ecx, 4
	or	eax, ecx
	mov	dword ptr [rbp - 4], eax
	mov	eax, dword ptr [rbp - 4]
	shr	eax, 8
	and	eax, 16711935
	mov	ecx, dword ptr [rbp - 4]
	and	ecx, 16711935
	shl	ecx, 8
	or	eax, ecx
	mov	dword ptr [rbp - 4], eax
	mov	eax, dword ptr [rbp - 4]
	shr	eax, 16
	mov	ecx, dword ptr [rbp - 4]
	shl	ecx, 16
	or	eax, ecx
	pop	rbp
	ret
.Lfunc_end13:
	.size	reverse_bits, .Lfunc_end13-reverse_bits
                                        # -- End function
	.globl	bswap32                         # -- Begin function bswap32
	.p2align	4, 0x90
	.type	bswap32,@function
bswap32:                                # @bswap32
# %bb.0:
	push	rbp
	mov	rbp, rsp
	mov	dword ptr [rbp - 4], edi
	mov	eax, dword ptr [rbp - 4]
	bswap	eax
	pop	rbp
	ret
.Lfunc_end14:
	.size	bswap32, .Lfunc_end14-bswap32
                                        # -- End function
	.globl	bswap64                         # -- Begin function bswap64
	.p2align	4, 0x90
	.type	bswap64,@function
bswap64:                                # @bswap64
# %bb.0:
	push	rbp
	mov	rbp, rsp
	mov	qword ptr [rbp - 8], rdi
	mov	rax, qword ptr [rbp - 8]
	bswap	rax
	pop	rbp
	ret
.Lfunc_end15:
	.size	bswap64, .Lfunc_end15-bswap64
                                        # -- End function
	.globl	bswap32_manual                  # -- Begin function bswap32_manual
	.p2align	4, 0x90
	.type	bswap32_manual,@function
bswap32_manual:                         # @bswap32_manual
# %bb.0:
	push	rbp
	mov	rbp, rsp
	mov	dword ptr [rbp - 4], edi
	mov	eax, dword ptr [rbp - 4]
	shr	eax, 24
	mov	ecx, dword ptr [rbp - 4]
	shr	ecx, 8
	and	ecx, 65280
	or	eax, ecx
	mov	ecx, dword ptr [rbp - 4]
	shl	ecx, 8
	and	ecx, 16711680
	or	eax, ecx
	mov	ecx, dword ptr [rbp - 4]
	shl	ecx, 24
	or	eax, ecx
	pop	rbp
	ret
.Lfunc_end16:
	.size	bswap32_manual, .Lfunc_end16-bswap32_manual
                                        # -- End function
	.globl	rotl32                          # -- Begin function rotl32
	.p2align	4, 0x90
	.type	rotl32,@function
rotl32:                                 # @rotl32
# %bb.0:
	push	rbp
	mov	rbp, rsp
	mov	dword ptr [rbp - 4], edi
	mov	dword ptr [rbp - 8], esi
	mov	eax, dword ptr [rbp - 8]
	and	eax, 31
	mov	dword ptr [rbp - 8], eax
	mov	eax, dword ptr [rbp - 4]
	mov	ecx, dword ptr [rbp - 8]
                                        # kill: def $cl killed $ecx
	shl	eax, cl
	mov	edx, dword ptr [rbp - 4]
	mov	ecx, 32
	sub	ecx, dword ptr [rbp - 8]
	and	ecx, 31
                                        # kill: def $cl killed $ecx
	shr	edx, cl
	mov	ecx, edx
	or	eax, ecx
	pop	rbp
	ret
.Lfunc_end17:
	.size	rotl32, .Lfunc_end17-rotl32
                                        # -- End function
	.globl	rotr32                          # -- Begin function rotr32
	.p2align	4, 0x90
	.type	rotr32,@function
rotr32:                                 # @rotr32
# %bb.0:
	push	rbp
	mov	rbp, rsp
	mov	dword ptr [rbp - 4], edi
	mov	dword ptr [rbp - 8], esi
	mov	eax, dword ptr [rbp - 8]
	and	eax, 31
	mov	dword ptr [rbp - 8], eax
	mov	eax, dword ptr [rbp - 4]
	mov	ecx, dword ptr [rbp - 8]
                                        # kill: def $cl killed $ecx
	shr	eax, cl
	mov	edx, dword ptr [rbp - 4]
	mov	ecx, 32
	sub	ecx, dword ptr [rbp - 8]
	and	ecx, 31
                                        # kill: def $cl killed $ecx
	shl	edx, cl
	mov	ecx, edx
	or	eax, ecx
	pop	rbp
	ret
.Lfunc_end18:
	.size	rotr32, .Lfunc_end18-rotr32
                                        # -- End function
	.globl	rotl64                          # -- Begin function rotl64
	.p2align	4, 0x90
	.type	rotl64,@function
rotl64:                                 # @rotl64
# %bb.0:
	push	rbp
	mov	rbp, rsp
	mov	qword ptr [rbp - 8], rdi
	mov	dword ptr [rbp - 12], esi
	mov	eax, dword ptr [rbp - 12]
	and	eax, 63
	mov	dword ptr [rbp - 12], eax
	mov	rax, qword ptr [rbp - 8]
	mov	ecx, dword ptr [rbp - 12]
                                        # kill: def $rcx killed $ecx
                                        # kill: def $cl killed $rcx
	shl	rax, cl
	mov	rdx, qword ptr [rbp - 8]
	mov	ecx, 64
	sub	ecx, dword ptr [rbp - 12]
	and	ecx, 63
	mov	ecx, ecx
                                        # kill: def $rcx killed $ecx
                                        # kill: def $cl killed $rcx
	shr	rdx, cl
	mov	rcx, rdx
	or	rax, rcx
	pop	rbp
	ret
.Lfunc_end19:
	.size	rotl64, .Lfunc_end19-rotl64
                                        # -- End function
	.globl	sign_of                         # -- Begin function sign_of
	.p2align	4, 0x90
	.type	sign_of,@function
sign_of:                                # @sign_of
# %bb.0:
	push	rbp
	mov	rbp, rsp
	mov	dword ptr [rbp - 4], edi
	cmp	dword ptr [rbp - 4], 0
	setg	al
	and	al, 1
	movzx	eax, al
	cmp	dword ptr [rbp - 4], 0
	setl	cl
	and	cl, 1
	movzx	ecx, cl
	sub	eax, ecx
	pop	rbp
	ret
.Lfunc_end20:
	.size	sign_of, .Lfunc_end20-sign_of
                                        # -- End function
	.globl	abs_branchless                  # -- Begin function abs_branchless
	.p2align	4, 0x90
	.type	abs_branchless,@function
abs_branchless:                         # @abs_branchless
# %bb.0:
	push	rbp
	mov	rbp, rsp
	mov	dword ptr [rbp - 4], edi
	mov	eax, dword ptr [rbp - 4]
	sar	eax, 31
	mov	dword ptr [rbp - 8], eax
	mov	eax, dword ptr [rbp - 4]
	add	eax, dword ptr [rbp - 8]
	xor	eax, dword ptr [rbp - 8]
	pop	rbp
	ret
.Lfunc_end21:
	.size	abs_branchless, .Lfunc_end21-abs_branchless
                                        # -- End function
	.globl	min_branchless                  # -- Begin function min_branchless
	.p2align	4, 0x90
	.type	min_branchless,@function
min_branchless:                         # @min_branchless
# %bb.0:
	push	rbp
	mov	rbp, rsp
	mov	dword ptr [rbp - 4], edi
	mov	dword ptr [rbp - 8], esi
	mov	eax, dword ptr [rbp - 8]
	mov	ecx, dword ptr [rbp - 4]
	xor	ecx, dword ptr [rbp - 8]
	mov	edx, dword ptr [rbp - 4]
	cmp	edx, dword ptr [rbp - 8]
	setl	dl
	and	dl, 1
	movzx	esi, dl
	xor	edx, edx
	sub	edx, esi
	and	ecx, edx
	xor	eax, ecx
	pop	rbp
	ret
.Lfunc_end22:
	.size	min_branchless, .Lfunc_end22-min_branchless
                                        # -- End function
	.globl	opposite_signs                  # -- Begin function opposite_signs
	.p2align	4, 0x90
	.type	opposite_signs,@function
opposite_signs:                         # @opposite_signs
# %bb.0:
	push	rbp
	mov	rbp, rsp
	mov	dword ptr [rbp - 4], edi
	mov	dword ptr [rbp - 8], esi
	mov	eax, dword ptr [rbp - 4]
	xor	eax, dword ptr [rbp - 8]
	cmp	eax, 0
	setl	al
	and	al, 1
	movzx	eax, al
	pop	rbp
	ret
.Lfunc_end23:
	.size	opposite_signs, .Lfunc_end23-opposite_signs
                                        # -- End function
	.globl	set_bit                         # -- Begin function set_bit
	.p2align	4, 0x90
	.type	set_bit,@function
set_bit:                                # @set_bit
# %bb.0:
	push	rbp
	mov	rbp, rsp
	mov	dword ptr [rbp - 4], edi
	mov	dword ptr [rbp - 8], esi
	mov	eax, dword ptr [rbp - 4]
	mov	ecx, dword ptr [rbp - 8]
	and	ecx, 31
	mov	edx, 1
                                        # kill: def $cl killed $ecx
	shl	edx, cl
	mov	ecx, edx
	or	eax, ecx
	pop	rbp
	ret
.Lfunc_end24:
	.size	set_bit, .Lfunc_end24-set_bit
                                        # -- End function
	.globl	test_bit                        # -- Begin function test_bit
	.p2align	4, 0x90
	.type	test_bit,@function
test_bit:                               # @test_bit
# %bb.0:
	push	rbp
	mov	rbp, rsp
	mov	dword ptr [rbp - 4], edi
	mov	dword ptr [rbp - 8], esi
	mov	eax, dword ptr [rbp - 4]
	mov	ecx, dword ptr [rbp - 8]
	and	ecx, 31
                                        # kill: def $cl killed $ecx
	shr	eax, cl
	and	eax, 1
	pop	rbp
	ret
.Lfunc_end25:
	.size	test_bit, .Lfunc_end25-test_bit
                                        # -- End function
	.globl	toggle_bit                      # -- Begin function toggle_bit
	.p2align	4, 0x90
	.type	toggle_bit,@function
toggle_bit:                             # @toggle_bit
# %bb.0:
	push	rbp
	mov	rbp, rsp
	mov	dword ptr [rbp - 4], edi
	mov	dword ptr [rbp - 8], esi
	mov	eax, dword ptr [rbp - 4]
	mov	ecx, dword ptr [rbp - 8]
	and	ecx, 31
	mov	edx, 1
                                        # kill: def $cl killed $ecx
	shl	edx, cl
	mov	ecx, edx
	xor	eax, ecx
	pop	rbp
	ret
.Lfunc_end26:
	.size	toggle_bit, .Lfunc_end26-toggle_bit
                                        # -- End function
	.globl	test_bit64                      # -- Begin function test_bit64
	.p2align	4, 0x90
	.type	test_bit64,@function
test_bit64:                             # @test_bit64
# %bb.0:
	push	rbp
	mov	rbp, rsp
	mov	qword ptr [rbp - 8], rdi
	mov	dword ptr [rbp - 12], esi
	mov	rax, qword ptr [rbp - 8]
	mov	ecx, dword ptr [rbp - 12]
	and	ecx, 63
	mov	ecx, ecx
                                        # kill: def $rcx killed $ecx
                                        # kill: def $cl killed $rcx
	shr	rax, cl
	and	rax, 1
                                        # kill: def $eax killed $eax killed $rax
	pop	rbp
	ret
.Lfunc_end27:
	.size	test_bit64, .Lfunc_end27-test_bit64
                                        # -- End function
	.globl	clear_bit64                     # -- Begin function clear_bit64
	.p2align	4, 0x90
	.type	clear_bit64,@function
clear_bit64:                            # @clear_bit64
# %bb.0:
	push	rbp
	mov	rbp, rsp
	mov	qword ptr [rbp - 8], rdi
	mov	dword ptr [rbp - 12], esi
	mov	rax, qword ptr [rbp - 8]
	mov	ecx, dword ptr [rbp - 12]
	and	ecx, 63
	mov	ecx, ecx
                                        # kill: def $rcx killed $ecx
	mov	edx, 1
                                        # kill: def $cl killed $rcx
	shl	rdx, cl
	mov	rcx, rdx
	xor	rcx, -1
	and	rax, rcx
	pop	rbp
	ret
.Lfunc_end28:
	.size	clear_bit64, .Lfunc_end28-clear_bit64
                                        # -- End function
	.globl	interleave16                    # -- Begin function interleave16
	.p2align	4, 0x90
	.type	interleave16,@function
interleave16:                           # @interleave16
# %bb.0:
	push	rbp
	mov	rbp, rsp
	mov	dword ptr [rbp - 4], edi
	mov	dword ptr [rbp - 8], esi
	mov	dword ptr [rbp - 12], 0
	mov	dword ptr [rbp - 16], 0
.LBB29_1:                               # =>This Inner Loop Header: Depth=1
	cmp	dword ptr [rbp - 16], 16
	jge	.LBB29_4
# %bb.2:                                #   in Loop: Header=BB29_1 Depth=1
	mov	eax, dword ptr [rbp - 4]
	mov	ecx, dword ptr [rbp - 16]
                                        # kill: def $cl killed $ecx
	shr	eax, cl
	and	eax, 1
	mov	ecx, dword ptr [rbp - 16]
	shl	ecx, 1
                                        # kill: def $cl killed $ecx
	shl	eax, cl
	mov	edx, dword ptr [rbp - 8]
	mov	ecx, dword ptr [rbp - 16]
                                        # kill: def $cl killed $ecx
	shr	edx, cl
	and	edx, 1
	mov	ecx, dword ptr [rbp - 16]
	shl	ecx, 1
	add	ecx, 1
                                        # kill: def $cl killed $ecx
	shl	edx, cl
	mov	ecx, edx
	or	eax, ecx
	or	eax, dword ptr [rbp - 12]
	mov	dword ptr [rbp - 12], eax
# %bb.3:                                #   in Loop: Header=BB29_1 Depth=1
	mov	eax, dword ptr [rbp - 16]
	add	eax, 1
	mov	dword ptr [rbp - 16], eax
	jmp	.LBB29_1
.LBB29_4:
	mov	eax, dword ptr [rbp - 12]
	pop	rbp
	ret
.Lfunc_end29:
	.size	interleave16, .Lfunc_end29-interleave16
                                        # -- End function
	.globl	gray_code                       # -- Begin function gray_code
	.p2align	4, 0x90
	.type	gray_code,@function
gray_code:                              # @gray_code
# %bb.0:
	push	rbp
	mov	rbp, rsp
	mov	dword ptr [rbp - 4], edi
	mov	eax, dword ptr [rbp - 4]
	mov	ecx, dword ptr [rbp - 4]
	shr	ecx, 1
	xor	eax, ecx
	pop	rbp
	ret
.Lfunc_end30:
	.size	gray_code, .Lfunc_end30-gray_code
                                        # -- End function
	.globl	gray_decode                     # -- Begin function gray_decode
	.p2align	4, 0x90
	.type	gray_decode,@function
gray_decode:                            # @gray_decode
# %bb.0:
	push	rbp
	mov	rbp, rsp
	mov	dword ptr [rbp - 4], edi
	mov	dword ptr [rbp - 8], 1
.LBB31_1:                               # =>This Inner Loop Header: Depth=1
	cmp	dword ptr [rbp - 8], 32
	jae	.LBB31_4
# %bb.2:                                #   in Loop: Header=BB31_1 Depth=1
	mov	eax, dword ptr [rbp - 4]
	mov	ecx, dword ptr [rbp - 8]
                                        # kill: def $cl killed $ecx
	shr	eax, cl
	xor	eax, dword ptr [rbp - 4]
	mov	dword ptr [rbp - 4], eax
# %bb.3:                                #   in Loop: Header=BB31_1 Depth=1
	mov	eax, dword ptr [rbp - 8]
	shl	eax, 1
	mov	dword ptr [rbp - 8], eax
	jmp	.LBB31_1
.LBB31_4:
	mov	eax, dword ptr [rbp - 4]
	pop	rbp
	ret
.Lfunc_end31:
	.size	gray_decode, .Lfunc_end31-gray_decode
                                        # -- End function
	.globl	extract_bits                    # -- Begin function extract_bits
	.p2align	4, 0x90
	.type	extract_bits,@function
extract_bits:                           # @extract_bits
# %bb.0:
	push	rbp
	mov	rbp, rsp
	mov	dword ptr [rbp - 4], edi
	mov	dword ptr [rbp - 8], esi
	mov	dword ptr [rbp - 12], edx
	mov	eax, dword ptr [rbp - 8]
	and	eax, 31
	mov	dword ptr [rbp - 8], eax
	mov	eax, dword ptr [rbp - 12]
	and	eax, 31
	mov	dword ptr [rbp - 12], eax
	mov	eax, dword ptr [rbp - 4]
	mov	ecx, dword ptr [rbp - 8]
                                        # kill: def $cl killed $ecx
	shr	eax, cl
	mov	ecx, dword ptr [rbp - 12]
	mov	edx, 1
                                        # kill: def $cl killed $ecx
	shl	edx, cl
	mov	ecx, edx
	sub	ecx, 1
	and	eax, ecx
	pop	rbp
	ret
.Lfunc_end32:
	.size	extract_bits, .Lfunc_end32-extract_bits
                                        # -- End function
	.globl	is_vowel_mask                   # -- Begin function is_vowel_mask
	.p2align	4, 0x90
	.type	is_vowel_mask,@function
is_vowel_mask:                          # @is_vowel_mask
# %bb.0:
	push	rbp
	mov	rbp, rsp
	mov	dword ptr [rbp - 4], edi
	xor	eax, eax
                                        # kill: def $al killed $al killed $eax
	cmp	dword ptr [rbp - 4], 97
	mov	byte ptr [rbp - 5], al          # 1-byte Spill
	jl	.LBB33_3
# %bb.1:
	xor	eax, eax
                                        # kill: def $al killed $al killed $eax
	cmp	dword ptr [rbp - 4], 122
	mov	byte ptr [rbp - 5], al          # 1-byte Spill
	jg	.LBB33_3
# %bb.2:
	mov	ecx, dword ptr [rbp - 4]
	sub	ecx, 97
	mov	eax, 1
                                        # kill: def $cl killed $ecx
	shl	eax, cl
	and	eax, 1065233
	cmp	eax, 0
	setne	al
	mov	byte ptr [rbp - 5], al          # 1-byte Spill
.LBB33_3:
	mov	al, byte ptr [rbp - 5]          # 1-byte Reload
	and	al, 1
	movzx	eax, al
	pop	rbp
	ret
.Lfunc_end33:
	.size	is_vowel_mask, .Lfunc_end33-is_vowel_mask
                                        # -- End function
	.globl	mul_hi_u64                      # -- Begin function mul_hi_u64
	.p2align	4, 0x90
	.type	mul_hi_u64,@function
mul_hi_u64:                             # @mul_hi_u64
# %bb.0:
	push	rbp
	mov	rbp, rsp
	mov	qword ptr [rbp - 8], rdi
	mov	qword ptr [rbp - 16], rsi
	mov	rax, qword ptr [rbp - 8]
	mov	rcx, qword ptr [rbp - 16]
	mul	rcx
	mov	rax, rdx
	pop	rbp
	ret
.Lfunc_end34:
	.size	mul_hi_u64, .Lfunc_end34-mul_hi_u64
                                        # -- End function
	.ident	"Debian clang version 14.0.6"
	.section	".note.GNU-stack","",@progbits
