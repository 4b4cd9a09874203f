	.text
	.intel_syntax noprefix
	.file	"checksums.c"
	.globl	adler32                         # -- Begin function adler32
	.p2align	4, 0x90
	.type	adler32,@function
adler32:                                # @adler32
# %bb.0:
	push	rbp
	mov	rbp, rsp
	mov	qword ptr [rbp - 8], rdi
	mov	qword ptr [rbp - 16], rsi
	mov	dword ptr [rbp - 20], 1
	mov	dword ptr [rbp - 24], 0
	mov	qword ptr [rbp - 32], 0
.LBB0_1:                                # =>This Inner Loop Header: Depth=1
	mov	rax, qword ptr [rbp - 32]
	cmp	rax, qword ptr [rbp - 16]
	jae	.LBB0_4
# %bb.2:                                #   in Loop: Header=BB0_1 Depth=1
	mov	eax, dword ptr [rbp - 20]
	mov	rcx, qword ptr [rbp - 8]
	mov	rdx, qword ptr [rbp - 32]
	movzx	ecx, byte ptr [rcx + rdx]
	add	eax, ecx
	mov	ecx, 65521
	xor	edx, edx
	div	ecx
	mov	dword ptr [rbp - 20], edx
	mov	eax, dword ptr [rbp - 24]
	add	eax, dword ptr [rbp - 20]
	mov	ecx, 65521
	xor	edx, edx
	div	ecx
	mov	dword ptr [rbp - 24], edx
# %bb.3:                                #   in Loop: Header=BB0_1 Depth=1
	mov	rax, qword ptr [rbp - 32]
	add	rax, 1
	mov	qword ptr [rbp - 32], rax
	jmp	.LBB0_1
.LBB0_4:
	mov	eax, dword ptr [rbp - 24]
	shl	eax, 16
	or	eax, dword ptr [rbp - 20]
	pop	rbp
	ret
.Lfunc_end0:
	.size	adler32, .Lfunc_end0-adler32
                                        # -- End function
	.globl	crc32_bitwise                   # -- Begin function crc32_bitwise
	.p2align	4, 0x90
	.type	crc32_bitwise,@function
crc32_bitwise:                          # @crc32_bitwise
# %bb.0:
	push	rbp
	mov	rbp, rsp
	mov	qword ptr [rbp - 8], rdi
	mov	qword ptr [rbp - 16], rsi
	mov	dword ptr [rbp - 20], -1
	mov	qword ptr [rbp - 32], 0
.LBB1_1:                                # =>This Loop Header: Depth=1
                                        #     Child Loop BB1_3 Depth 2
	mov	rax, qword ptr [rbp - 32]
	cmp	rax, qword ptr [rbp - 16]
	jae	.LBB1_8
# %bb.2:                                #   in Loop: Header=BB1_1 Depth=1
	mov	rax, qword ptr [rbp - 8]
	mov	rcx, qword ptr [rbp - 32]
	movzx	eax, byte ptr [rax + rcx]
	xor	eax, dword ptr [rbp - 20]
	mov	dword ptr [rbp - 20], eax
	mov	dword ptr [rbp - 36], 0
.LBB1_3:                                #   Parent Loop BB1_1 Depth=1
                                        # =>  This Inner Loop Header: Depth=2
	cmp	dword ptr [rbp - 36], 8
	jge	.LBB1_6
# %bb.4:                                #   in Loop: Header=BB1_3 Depth=2
	mov	eax, dword ptr [rbp - 20]
	shr	eax, 1
	mov	edx, dword ptr [rbp - 20]
	and	edx, 1
	xor	ecx, ecx
	sub	ecx, edx
	and	ecx, 3988292384
	xor	eax, ecx
	mov	dword ptr [rbp - 20], eax
# %bb.5:                                #   in Loop: Header=BB1_3 Depth=2
	mov	eax, dword ptr [rbp - 36]
	add	eax, 1
	mov	dword ptr [rbp - 36], eax
	jmp	.LBB1_3
.LBB1_6:                                #   in Loop: Header=BB1_1 Depth=1
	jmp	.LBB1_7
.LBB1_7:                                #   in Loop: Header=BB1_1 Depth=1
	mov	rax, qword ptr [rbp - 32]
	add	rax, 1
	mov	qword ptr [rbp - 32], rax
	jmp	.LBB1_1
.LBB1_8:
	mov	eax, dword ptr [rbp - 20]
	xor	eax, -1
	pop	rbp
	ret
.Lfunc_end1:
	.size	crc32_bitwise, .Lfunc_end1-crc32_bitwise
                                        # -- End function
	.globl	crc32_table                     # -- Begin function crc32_table
	.p2align	4, 0x90
	.type	crc32_table,@function
crc32_table:                            # @crc32_table
# %bb.0:
	push	rbp
	mov	rbp, rsp
	mov	qword ptr [rbp - 8], rdi
	mov	qword ptr [rbp - 16], rsi
	mov	dword ptr [rbp - 20], -1
	mov	qword ptr [rbp - 32], 0
.LBB2_1:                                # =>This Inner Loop Header: Depth=1
	mov	rax, qword ptr [rbp - 32]
	cmp	rax, qword ptr [rbp - 16]
	jae	.LBB2_4
# %bb.2:                                #   in Loop: Header=BB2_1 Depth=1
	mov	rax, qword ptr [rbp - 8]
	mov	rcx, qword ptr [rbp - 32]
	movzx	eax, byte ptr [rax + rcx]
	xor	eax, dword ptr [rbp - 20]
	mov	dword ptr [rbp - 20], eax
	mov	eax, dword ptr [rbp - 20]
	and	eax, 15
	mov	eax, eax
	mov	ecx, eax
	lea	rax, [rip + crc_nibble]
	mov	eax, dword ptr [rax + 4*rcx]
	mov	ecx, dword ptr [rbp - 20]
	shr	ecx, 4
	xor	eax, ecx
	mov	dword ptr [rbp - 20], eax
	mov	eax, dword ptr [rbp - 20]
	and	eax, 15
	mov	eax, eax
	mov	ecx, eax
	lea	rax, [rip + crc_nibble]
	mov	eax, dword ptr [rax + 4*rcx]
	mov	ecx, dword ptr [rbp - 20]
	shr	ecx, 4
	xor	eax, ecx
	mov	dword ptr [rbp - 20], eax
# %bb.3:                                #   in Loop: Header=BB2_1 Depth=1
	mov	rax, qword ptr [rbp - 32]
	add	rax, 1
	mov	qword ptr [rbp - 32], rax
	jmp	.LBB2_1
.LBB2_4:
	mov	eax, dword ptr [rbp - 20]
	xor	eax, -1
	pop	rbp
	ret
.Lfunc_end2:
	.size	crc32_table, .Lfunc_end2-crc32_table
                                        # -- End function
	.globl	fnv1a32                         # -- Begin function fnv1a32
	.p2align	4, 0x90
	.type	fnv1a32,@function
fnv1a32:                                # @fnv1a32
# %bb.0:
	push	rbp
	mov	rbp, rsp
	mov	qword ptr [rbp - 8], rdi
	mov	dword ptr [rbp - 12], -2128831035
.LBB3_1:                                # =>This Inner Loop Header: Depth=1
	mov	rax, qword ptr [rbp - 8]
	cmp	byte ptr [rax], 0
	je	.LBB3_3
# %bb.2:                                #   in Loop: Header=BB3_1 Depth=1
	mov	rax, qword ptr [rbp - 8]
	mov	rcx, rax
	add	rcx, 1
	mov	qword ptr [rbp - 8], rcx
	movzx	eax, byte ptr [rax]
	xor	eax, dword ptr [rbp - 12]
	mov	dword ptr [rbp - 12], eax
	imul	eax, dword ptr [rbp - 12], 16777619
	mov	dword ptr [rbp - 12], eax
	jmp	.LBB3_1
.LBB3_3:
	mov	eax, dword ptr [rbp - 12]
	pop	rbp
	ret
.Lfunc_end3:
	.size	fnv1a32, .Lfunc_end3-fnv1a32
                                        # -- End function
	.globl	fnv1a64                         # -- Begin function fnv1a64
	.p2align	4, 0x90
	.type	fnv1a64,@function
fnv1a64:                                # @fnv1a64
# %bb.0:
	push	rbp
	mov	rbp, rsp
	mov	qword ptr [rbp - 8], rdi
	movabs	rax, -3750763034362895579
	mov	qword ptr [rbp - 16], rax
.LBB4_1:                                # =>This Inner Loop Header: Depth=1
	mov	rax, qword ptr [rbp - 8]
	cmp	byte ptr [rax], 0
	je	.LBB4_3
# %bb.2:                                #   in Loop: Header=BB4_1 Depth=1
	mov	rax, qword ptr [rbp - 8]
	mov	rcx, rax
	add	rcx, 1
	mov	qword ptr [rbp - 8], rcx
	movzx	eax, byte ptr [rax]
                                        # kill: def $rax killed $eax
	xor	rax, qword ptr [rbp - 16]
	mov	qword ptr [rbp - 16], rax
	movabs	rax, 1099511628211
	imul	rax, qword ptr [rbp - 16]
	mov	qword ptr [rbp - 16], rax
	jmp	.LBB4_1
.LBB4_3:
	mov	rax, qword ptr [rbp - 16]
	pop	rbp
	ret
.Lfunc_end4:
	.size	fnv1a64, .Lfunc_end4-fnv1a64
                                        # -- End function
	.globl	djb2                            # -- Begin function djb2
	.p2align	4, 0x90
	.type	djb2,@function
djb2:                                   # @djb2
# %bb.0:
	push	rbp
	mov	rbp, rsp
	mov	qword ptr [rbp - 8], rdi
	mov	qword ptr [rbp - 16], 5381
.LBB5_1:                                # =>This Inner Loop Header: Depth=1
	mov	rax, qword ptr [rbp - 8]
	mov	rcx, rax
	add	rcx, 1
	mov	qword ptr [rbp - 8], rcx
	movsx	eax, byte ptr [rax]
	mov	dword ptr [rbp - 20], eax
	cmp	eax, 0
	je	.LBB5_3
# %bb.2:                                #   in Loop: Header=BB5_1 Depth=1
	imul	rax, qword ptr [rbp - 16], 33
	movsxd	rcx, dword ptr [rbp - 20]
	add	rax, rcx
	mov	qword ptr [rbp - 16], rax
	jmp	.LBB5_1
.LBB5_3:
	mov	rax, qword ptr [rbp - 16]
	pop	rbp
	ret
.Lfunc_end5:
	.size	djb2, .Lfunc_end5-djb2
                                        # -- End function
	.globl	sdbm                            # -- Begin function sdbm
	.p2align	4, 0x90
	.type	sdbm,@function
sdbm:                                   # @sdbm
# %bb.0:
	push	rbp
	mov	rbp, rsp
	mov	qword ptr [rbp - 8], rdi
	mov	qword ptr [rbp - 16], 0
.LBB6_1:                                # =>This Inner Loop Header: Depth=1
	mov	rax, qword ptr [rbp - 8]
	mov	rcx, rax
	add	rcx, 1
	mov	qword ptr [rbp - 8], rcx
	movsx	eax, byte ptr [rax]
	mov	dword ptr [rbp - 20], eax
	cmp	eax, 0
	je	.LBB6_3
# %bb.2:                                #   in Loop: Header=BB6_1 Depth=1
	movsxd	rax, dword ptr [rbp - 20]
	mov	rcx, qword ptr [rbp - 16]
	shl	rcx, 6
	add	rax, rcx
	mov	rcx, qword ptr [rbp - 16]
	shl	rcx, 16
	add	rax, rcx
	sub	rax, qword ptr [rbp - 16]
	mov	qword ptr [rbp - 16], rax
	jmp	.LBB6_1
.LBB6_3:
	mov	rax, qword ptr [rbp - 16]
	pop	rbp
	ret
.Lfunc_end6:
	.size	sdbm, .Lfunc_end6-sdbm
                                        # -- End function
	.globl	one_at_a_time                   # -- Begin function one_at_a_time
	.p2align	4, 0x90
	.type	one_at_a_time,@function
one_at_a_time:                          # @one_at_a_time
# %bb.0:
	push	rbp
	mov	rbp, rsp
	mov	qword ptr [rbp - 8], rdi
	mov	qword ptr [rbp - 16], rsi
	mov	dword ptr [rbp - 20], 0
	mov	qword ptr [rbp - 32], 0
.LBB7_1:                                # =>This Inner Loop Header: Depth=1
	mov	rax, qword ptr [rbp - 32]
	cmp	rax, qword ptr [rbp - 16]
	jae	.LBB7_4
# %bb.2:                                #   in Loop: Header=BB7_1 Depth=1
	mov	rax, qword ptr [rbp - 8]
	mov	rcx, qword ptr [rbp - 32]
	movzx	eax, byte ptr [rax + rcx]
	add	eax, dword ptr [rbp - 20]
	mov	dword ptr [rbp - 20], eax
	mov	eax, dword ptr [rbp - 20]
	shl	eax, 10
	add	eax, dword ptr [rbp - 20]
	mov	dword ptr [rbp - 20], eax
	mov	eax, dword ptr [rbp - 20]
	shr	eax, 6
	xor	eax, dword ptr [rbp - 20]
	mov	dword ptr [rbp - 20], eax
# %bb.3:                                #   in Loop: Header=BB7_1 Depth=1
	mov	rax, qword ptr [rbp - 32]
	add	rax, 1
	mov	qword ptr [rbp - 32], rax
	jmp	.LBB7_1
.LBB7_4:
	mov	eax, dword ptr [rbp - 20]
	shl	eax, 3
	add	eax, dword ptr [rbp - 20]
	mov	dword ptr [rbp - 20], eax
	mov	eax, dword ptr [rbp - 20]
	shr	eax, 11
	xor	eax, dword ptr [rbp - 20]
	mov	dword ptr [rbp - 20], eax
	mov	eax, dword ptr [rbp - 20]
	shl	eax, 15
	add	eax, dword ptr [rbp - 20]
	mov	dword ptr [rbp - 20], eax
	mov	eax, dword ptr [rbp - 20]
	pop	rbp
	ret
.Lfunc_end7:
	.size	one_at_a_time, .Lfunc_end7-one_at_a_time
                                        # -- End function
	.globl	fletcher16                      # -- Begin function fletcher16
	.p2align	4, 0x90
	.type	fletcher16,@function
fletcher16:                             # @fletcher16
# %bb.0:
	push	rbp
	mov	rbp, rsp
	mov	qword ptr [rbp - 8], rdi
	mov	qword ptr [rbp - 16], rsi
	mov	word ptr [rbp - 18], 0
	mov	word ptr [rbp - 20], 0
	mov	qword ptr [rbp - 32], 0
.LBB8_1:                                # =>This Inner Loop Header: Depth=1
	mov	rax, qword ptr [rbp - 32]
	cmp	rax, qword ptr [rbp - 16]
	jae	.LBB8_4
# %bb.2:                                #   in Loop: Header=BB8_1 Depth=1
	movzx	eax, word ptr [rbp - 18]
	mov	rcx, qword ptr [rbp - 8]
	mov	rdx, qword ptr [rbp - 32]
	movzx	ecx, byte ptr [rcx + rdx]
	add	eax, ecx
	mov	ecx, 255
	cdq
	idiv	ecx
	mov	ax, dx
	mov	word ptr [rbp - 18], ax
	movzx	eax, word ptr [rbp - 20]
	movzx	ecx, word ptr [rbp - 18]
	add	eax, ecx
	mov	ecx, 255
	cdq
	idiv	ecx
	mov	ax, dx
	mov	word ptr [rbp - 20], ax
# %bb.3:                                #   in Loop: Header=BB8_1 Depth=1
	mov	rax, qword ptr [rbp - 32]
	add	rax, 1
	mov	qword ptr [rbp - 32], rax
	jmp	.LBB8_1
.LBB8_4:
	movzx	eax, word ptr [rbp - 20]
	shl	eax, 8
	movzx	ecx, word ptr [rbp - 18]
	or	eax, ecx
                                        # kill: def $ax killed $ax killed $eax
	movzx	eax, ax
	pop	rbp
	ret
.Lfunc_end8:
	.size	fletcher16, .Lfunc_end8-fletcher16
                                        # -- End function
	.globl	murmur_fmix32                   # -- Begin function murmur_fmix32
	.p2align	4, 0x90
	.type	murmur_fmix32,@function
murmur_fmix32:                          # @murmur_fmix32
# %bb.0:
	push	rbp
	mov	rbp, rsp
	mov	dword ptr [rbp - 4], edi
	mov	eax, dword ptr [rbp - 4]
	shr	eax, 16
	xor	eax, dword ptr [rbp - 4]
	mov	dword ptr [rbp - 4], eax
	imul	eax, dword ptr [rbp - 4], -2048144789
	mov	dword ptr [rbp - 4], eax
	mov	eax, dword ptr [rbp - 4]
	shr	eax, 13
	xor	eax, dword ptr [rbp - 4]
	mov	dword ptr [rbp - 4], eax
	imul	eax, dword ptr [rbp - 4], -1028477387
	mov	dword ptr [rbp - 4], eax
	mov	eax, dword ptr [rbp - 4]
	shr	eax, 16
	xor	eax, dword ptr [rbp - 4]
	mov	dword ptr [rbp - 4], eax
	mov	eax, dword ptr [rbp - 4]
	pop	rbp
	ret
.Lfunc_end9:
	.size	murmur_fmix32, .Lfunc_end9-murmur_fmix32
                                        # -- End function
	.globl	murmur_fmix64                   # -- Begin function murmur_fmix64
	.p2align	4, 0x90
	.type	murmur_fmix64,@function
murmur_fmix64:                          # @murmur_fmix64
# %bb.0:
	push	rbp
	mov	rbp, rsp
	mov	qword ptr [rbp - 8], rdi
	mov	rax, qword ptr [rbp - 8]
	shr	rax, 33
	xor	rax, qword ptr [rbp - 8]
	mov	qword ptr [rbp - 8], rax
	movabs	rax, -49064778989728563
	imul	rax, qword ptr [rbp - 8]
	mov	qword ptr [rbp - 8], rax
	mov	rax, qword ptr [rbp - 8]
	shr	rax, 33
	xor	rax, qword ptr [rbp - 8]
	mov	qword ptr [rbp - 8], rax
	movabs	rax, -4265267296055464877
	imul	rax, qword ptr [rbp - 8]
	mov	qword ptr [rbp - 8], rax
	mov	rax, qword ptr [rbp - 8]
	shr	rax, 33
	xor	rax, qword ptr [rbp - 8]
	mov	qword ptr [rbp - 8], rax
	mov	rax, qword ptr [rbp - 8]
	pop	rbp
	ret
.Lfunc_end10:
	.size	murmur_fmix64, .Lfunc_end10-murmur_fmix64
                                        # -- End function
	.globl	splitmix64                      # -- Begin function splitmix64
	.p2align	4, 0x90
	.type	splitmix64,@function
splitmix64:                             # @splitmix64
# %bb.0:
	push	rbp
	mov	rbp, rsp
	mov	qword ptr [rbp - 8], rdi
	movabs	rax, -7046029254386353131
	add	rax, qword ptr [rbp - 8]
	mov	qword ptr [rbp - 8], rax
	mov	rax, qword ptr [rbp - 8]
	mov	rcx, qword ptr [rbp - 8]
	shr	rcx, 30
	xor	rax, rcx
	movabs	rcx, -4658895280553007687
	imul	rax, rcx
	mov	qword ptr [rbp - 8], rax
	mov	rax, qword ptr [rbp - 8]
	mov	rcx, qword ptr [rbp - 8]
	shr	rcx, 27
	xor	rax, rcx
	movabs	rcx, -7723592293110705685
	imul	rax, rcx
	mov	qword ptr [rbp - 8], rax
	mov	rax, qword ptr [rbp - 8]
	mov	rcx, qword ptr [rbp - 8]
	shr	rcx, 31
	xor	rax, rcx
	pop	rbp
	ret
.Lfunc_end11:
	.size	splitmix64, .Lfunc_end11-splitmix64
                                        # -- End function
	.globl	xorshift32                      # -- Begin function xorshift32
	.p2align	4, 0x90
	.type	xorshift32,@function
xorshift32:                             # @xorshift32
# %bb.0:
	push	rbp
	mov	rbp, rsp
	mov	dword ptr [rbp - 4], edi
	mov	eax, dword ptr [rbp - 4]
	shl	eax, 13
	xor	eax, dword ptr [rbp - 4]
	mov	dword ptr [rbp - 4], eax
	mov	eax, dword ptr [rbp - 4]
	shr	eax, 17
	xor	eax, dword ptr [rbp - 4]
	mov	dword ptr [rbp - 4], eax
	mov	eax, dword ptr [rbp - 4]
	shl	eax, 5
	xor	eax, dword ptr [rbp - 4]
	mov	dword ptr [rbp - 4], eax
	mov	eax, dword ptr [rbp - 4]
	pop	rbp
	ret
.Lfunc_end12:
	.size	xorshift32, .Lfunc_end12-xorshift32
                                        # -- End function
	.globl	luhn_valid                      # -- Begin function luhn_valid
	.p2align	4, 0x90
	.type	luhn_valid,@function
luhn_valid:                             # @luhn_valid
# %bb.0:
	push	rbp
	mov	rbp, rsp
	mov	qword ptr [rbp - 16], rdi
	mov	dword ptr [rbp - 20], 0
	mov	dword ptr [rbp - 24], 0
	mov	dword ptr [rbp - 28], 0
.LBB13_1:                               # =>This Inner Loop Header: Depth=1
	mov	rax, qword ptr [rbp - 16]
	movsxd	rcx, dword ptr [rbp - 24]
	cmp	byte ptr [rax + rcx], 0
	je	.LBB13_3
# %bb.2:                                #   in Loop: Header=BB13_1 Depth=1
	mov	eax, dword ptr [rbp - 24]
	add	eax, 1
	mov	dword ptr [rbp - 24], eax
	jmp	.LBB13_1
.LBB13_3:
	mov	eax, dword ptr [rbp - 24]
	sub	eax, 1
	mov	dword ptr [rbp - 28], eax
.LBB13_4:                               # =>This Inner Loop Header: Depth=1
	cmp	dword ptr [rbp - 28], 0
	jl	.LBB13_14
# %bb.5:                                #   in Loop: Header=BB13_4 Depth=1
	mov	rax, qword ptr [rbp - 16]
	movsxd	rcx, dword ptr [rbp - 28]
	movsx	eax, byte ptr [rax + rcx]
	sub	eax, 48
	mov	dword ptr [rbp - 32], eax
	cmp	dword ptr [rbp - 32], 0
	jl	.LBB13_7
# %bb.6:                                #   in Loop: Header=BB13_4 Depth=1
	cmp	dword ptr [rbp - 32], 9
	jle	.LBB13_8
.LBB13_7:
	mov	dword ptr [rbp - 4], 0
	jmp	.LBB13_17
.LBB13_8:                               #   in Loop: Header=BB13_4 Depth=1
	mov	eax, dword ptr [rbp - 24]
	sub	eax, 1
	sub	eax, dword ptr [rbp - 28]
	and	eax, 1
	cmp	eax, 0
	je	.LBB13_12
# %bb.9:                                #   in Loop: Header=BB13_4 Depth=1
	mov	eax, dword ptr [rbp - 32]
	shl	eax, 1
	mov	dword ptr [rbp - 32], eax
	cmp	dword ptr [rbp - 32], 9
	jle	.LBB13_11
# %bb.10:                               #   in Loop: Header=BB13_4 Depth=1
	mov	eax, dword ptr [rbp - 32]
	sub	eax, 9
	mov	dword ptr [rbp - 32], eax
.LBB13_11:                              #   in Loop: Header=BB13_4 Depth=1
	jmp	.LBB13_12
.LBB13_12:                              #   in Loop: Header=BB13_4 Depth=1
	mov	eax, dword ptr [rbp - 32]
	add	eax, dword ptr [rbp - 20]
	mov	dword ptr [rbp - 20], eax
# %bb.13:                               #   in Loop: Header=BB13_4 Depth=1
	mov	eax, dword ptr [rbp - 28]
	add	eax, -1
	mov	dword ptr [rbp - 28], eax
	jmp	.LBB13_4
.LBB13_14:
	xor	eax, eax
                                        # kill: def $al killed $al killed $eax
	cmp	dword ptr [rbp - 24], 0
	mov	byte ptr [rbp - 33], al         # 1-byte Spill
	jle	.LBB13_16
# %bb.15:
	mov	eax, dword ptr [rbp - 20]
	mov	ecx, 10
	cdq
	idiv	ecx
	cmp	edx, 0
	sete	al
	mov	byte ptr [rbp - 33], al         # 1-byte Spill
.LBB13_16:
	mov	al, byte ptr [rbp - 33]         # 1-byte Reload
	and	al, 1
	movzx	eax, al
	mov	dword ptr [rbp - 4], eax
.LBB13_17:
	mov	eax, dword ptr [rbp - 4]
	pop	rbp
	ret
.Lfunc_end13:
	.size	luhn_valid, .Lfunc_end13-luhn_valid
                                        # -- End function
	.globl	xor_checksum                    # -- Begin function xor_checksum
	.p2align	4, 0x90
	.type	xor_checksum,@function
xor_checksum:                           # @xor_checksum
# %bb.0:
	push	rbp
	mov	rbp, rsp
	mov	qword ptr [rbp - 8], rdi
	mov	qword ptr [rbp - 16], rsi
	mov	byte ptr [rbp - 17], 0
.LBB14_1:                               # =>This Inner Loop Header: Depth=1
	mov	rax, qword ptr [rbp - 16]
	mov	rcx, rax
	add	rcx, -1
	mov	qword ptr [rbp - 16], rcx
	cmp	rax, 0
	je	.LBB14_3
# %bb.2:                                #   in Loop: Header=BB14_1 Depth=1
	mov	rax, qword ptr [rbp - 8]
	mov	rcx, rax
	add	rcx, 1
	mov	qword ptr [rbp - 8], rcx
	movzx	ecx, byte ptr [rax]
	movzx	eax, byte ptr [rbp - 17]
	xor	eax, ecx
                                        # kill: def $al killed $al killed $eax
	mov	byte ptr [rbp - 17], al
	jmp	.LBB14_1
.LBB14_3:
	movzx	eax, byte ptr [rbp - 17]
	pop	rbp
	ret
.Lfunc_end14:
	.size	xor_checksum, .Lfunc_end14-xor_checksum
                                        # -- End function
	.globl	internet_checksum               # -- Begin function internet_checksum
	.p2align	4, 0x90
	.type	internet_checksum,@function
internet_checksum:                      # @internet_checksum
# %bb.0:
	push	rbp
	mov	rbp, rsp
	mov	qword ptr [rbp - 8], rdi
	mov	qword ptr [rbp - 16], rsi
	mov	dword ptr [rbp - 20], 0
	mov	qword ptr [rbp - 32], 0
.LBB15_1:                               # =>This Inner Loop Header: Depth=1
	mov	rax, qword ptr [rbp - 32]
	add	rax, 1
	cmp	rax, qword ptr [rbp - 16]
	jae	.LBB15_4
# %bb.2:                                #   in Loop: Header=BB15_1 Depth=1
	mov	rax, qword ptr [rbp - 8]
	mov	rcx, qword ptr [rbp - 32]
	movzx	eax, byte ptr [rax + rcx]
	shl	eax, 8
	mov	rcx, qword ptr [rbp - 8]
	mov	rdx, qword ptr [rbp - 32]
	movzx	ecx, byte ptr [rcx + rdx + 1]
	or	eax, ecx
	add	eax, dword ptr [rbp - 20]
	mov	dword ptr [rbp - 20], eax
# %bb.3:                                #   in Loop: Header=BB15_1 Depth=1
	mov	rax, qword ptr [rbp - 32]
	add	rax, 2
	mov	qword ptr [rbp - 32], rax
	jmp	.LBB15_1
.LBB15_4:
	mov	rax, qword ptr [rbp - 16]
	and	rax, 1
	cmp	rax, 0
	je	.LBB15_6
# %bb.5:
	mov	rax, qword ptr [rbp - 8]
	mov	rcx, qword ptr [rbp - 16]
	sub	rcx, 1
	movzx	eax, byte ptr [rax + rcx]
	shl	eax, 8
	add	eax, dword ptr [rbp - 20]
	mov	dword ptr [rbp - 20], eax
.LBB15_6:
	jmp	.LBB15_7
.LBB15_7:                               # =>This Inner Loop Header: Depth=1
	mov	eax, dword ptr [rbp - 20]
	shr	eax, 16
	cmp	eax, 0
	je	.LBB15_9
# %bb.8:                                #   in Loop: Header=BB15_7 Depth=1
	mov	eax, dword ptr [rbp - 20]
	and	eax, 65535
	mov	ecx, dword ptr [rbp - 20]
	shr	ecx, 16
	add	eax, ecx
	mov	dword ptr [rbp - 20], eax
	jmp	.LBB15_7
.LBB15_9:
	mov	eax, dword ptr [rbp - 20]
	xor	eax, -1
                                        # kill: def $ax killed $ax killed $eax
	movzx	eax, ax
	pop	rbp
	ret
.Lfunc_end15:
	.size	internet_checksum, .Lfunc_end15-internet_checksum
                                        # -- End function
	.type	crc_nibble,@object              # @crc_nibble
	.section	.rodata,"a",@progbits
	.p2align	4
crc_nibble:
	.long	0                               # 0x0
	.long	498536548                       # 0x1db71064
	.long	997073096                       # 0x3b6e20c8
	.long	651767980                       # 0x26d930ac
	.long	1994146192                      # 0x76dc4190
	.long	1802195444                      # 0x6b6b51f4
	.long	1303535960                      # 0x4db26158
	.long	1342533948                      # 0x5005713c
	.long	3988292384                      # 0xedb88320
	.long	4027552580                      # 0xf00f9344
	.long	3604390888                      # 0xd6d6a3e8
	.long	3412177804                      # 0xcb61b38c
	.long	2607071920                      # 0x9b64c2b0
	.long	2262029012                      # 0x86d3d2d4
	.long	2685067896                      # 0xa00ae278
	.long	3183342108                      # 0xbdbdf21c
	.size	crc_nibble, 64

	.ident	"Debian clang version 14.0.6"
	.section	".note.GNU-stack","",@progbits
