	.text
	.intel_syntax noprefix
	.file	"checksums.c"
	.globl	adler32                         # -- Begin function adler32
	.p2align	4, 0x90
	.type	adler32,@function
adler32:                                # @adler32
# %bb.0:
	test	rsi, rsi
	je	.LBB0_1
# %bb.2:
	cmp	rsi, 1
	jne	.LBB0_8
# %bb.3:
	mov	ecx, 1
	xor	r10d, r10d
	xor	eax, eax
	jmp	.LBB0_4
.LBB0_1:
	mov	eax, 1
                                        # kill: def $eax killed $eax killed $rax
	ret
.LBB0_8:
	mov	r8, rsi
	and	r8, -2
	mov	ecx, 1
	xor	r10d, r10d
	mov	r9d, 2147975281
	xor	eax, eax
	.p2align	4, 0x90
.LBB0_9:                                # =>This Inner Loop Header: Depth=1
	movzx	edx, byte ptr [rdi + r10]
	add	edx, ecx
	mov	rcx, rdx
	imul	rcx, r9
	shr	rcx, 47
	imul	ecx, ecx, 65521
	sub	edx, ecx
	add	eax, edx
	mov	rcx, rax
	imul	rcx, r9
	shr	rcx, 47
	imul	ecx, ecx, 65521
	sub	eax, ecx
	movzx	ecx, byte ptr [rdi + r10 + 1]
	add	ecx, edx
	mov	rdx, rcx
	imul	rdx, r9
	shr	rdx, 47
	imul	edx, edx, 65521
	sub	ecx, edx
	add	eax, ecx
	mov	rdx, rax
	imul	rdx, r9
	shr	rdx, 47
	imul	edx, edx, 65521
	sub	eax, edx
	add	r10, 2
	cmp	r8, r10
	jne	.LBB0_9
.LBB0_4:
	test	sil, 1
	je	.LBB0_6
# %bb.5:
	movzx	edx, byte ptr [rdi + r10]
	add	ecx, edx
	mov	edx, 2147975281
	mov	rsi, rcx
	imul	rsi, rdx
	shr	rsi, 47
	imul	esi, esi, 65521
	sub	ecx, esi
	add	eax, ecx
	imul	rdx, rax
	shr	rdx, 47
	imul	edx, edx, 65521
	sub	eax, edx
.LBB0_6:
	shl	eax, 16
	or	eax, ecx
                                        # kill: def $eax killed $eax killed $rax
	ret
.Lfunc_end0:
	.size	adler32, .Lfunc_end0-adler32
                                        # -- End function
	.globl	crc32_bitwise                   # -- Begin function crc32_bitwise
	.p2align	4, 0x90
	.type	crc32_bitwise,@function
crc32_bitwise:                          # @crc32_bitwise
# %bb.0:
	test	rsi, rsi
	je	.LBB1_1
# %bb.4:
	mov	eax, -1
	xor	ecx, ecx
	.p2align	4, 0x90
.LBB1_5:                                # =>This Inner Loop Header: Depth=1
	movzx	edx, byte ptr [rdi + rcx]
	xor	edx, eax
	mov	eax, edx
	shr	eax
	and	edx, 1
	neg	edx
	and	edx, -306674912
	xor	edx, eax
	shr	edx
	and	eax, 1
	neg	eax
	and	eax, -306674912
	xor	eax, edx
	shr	eax
	and	edx, 1
	neg	edx
	and	edx, -306674912
	xor	edx, eax
	shr	edx
	and	eax, 1
	neg	eax
	and	eax, -306674912
	xor	eax, edx
	shr	eax
	and	edx, 1
	neg	edx
	and	edx, -306674912
	xor	edx, eax
	shr	edx
	and	eax, 1
	neg	eax
	and	eax, -306674912
	xor	eax, edx
	shr	eax
	and	edx, 1
	neg	edx
	and	edx, -306674912
	xor	edx, eax
	shr	edx
	and	eax, 1
	neg	eax
	and	eax, -306674912
	xor	eax, edx
	add	rcx, 1
	cmp	rsi, rcx
	jne	.LBB1_5
# %bb.2:
	not	eax
	ret
.LBB1_1:
	xor	eax, eax
	ret
.Lfunc_end1:
	.size	crc32_bitwise, .Lfunc_end1-crc32_bitwise
                                        # -- End function
	.globl	crc32_table                     # -- Begin function crc32_table
	.p2align	4, 0x90
	.type	crc32_table,@function
crc32_table:                            # @crc32_table
# %bb.0:
	test	rsi, rsi
	je	.LBB2_1
# %bb.2:
	cmp	rsi, 1
	jne	.LBB2_8
# %bb.3:
	mov	eax, -1
	xor	ecx, ecx
	jmp	.LBB2_4
.LBB2_1:
	xor	eax, eax
	ret
.LBB2_8:
	mov	r8, rsi
	and	r8, -2
	mov	eax, -1
	xor	ecx, ecx
	lea	r9, [rip + crc_nibble]
	.p2align	4, 0x90
.LBB2_9:                                # =>This Inner Loop Header: Depth=1
	movzx	edx, byte ptr [rdi + rcx]
	xor	edx, eax
	mov	eax, edx
	and	eax, 15
	shr	edx, 4
	xor	edx, dword ptr [r9 + 4*rax]
	mov	eax, edx
	and	eax, 15
	shr	edx, 4
	xor	edx, dword ptr [r9 + 4*rax]
	movzx	eax, byte ptr [rdi + rcx + 1]
	xor	eax, edx
	mov	edx, eax
	and	edx, 15
	shr	eax, 4
	xor	eax, dword ptr [r9 + 4*rdx]
	mov	edx, eax
	and	edx, 15
	shr	eax, 4
	xor	eax, dword ptr [r9 + 4*rdx]
	add	rcx, 2
	cmp	r8, rcx
	jne	.LBB2_9
.LBB2_4:
	test	sil, 1
	je	.LBB2_6
# %bb.5:
	movzx	ecx, byte ptr [rdi + rcx]
	xor	eax, ecx
	mov	ecx, eax
	and	ecx, 15
	lea	rdx, [rip + crc_nibble]
	shr	eax, 4
	xor	eax, dword ptr [rdx + 4*rcx]
	mov	ecx, eax
	and	ecx, 15
	shr	eax, 4
	xor	eax, dword ptr [rdx + 4*rcx]
.LBB2_6:
	not	eax
	ret
.Lfunc_end2:
	.size	crc32_table, .Lfunc_end2-crc32_table
                                        # -- End function
	.globl	fnv1a32                         # -- Begin function fnv1a32
	.p2align	4, 0x90
	.type	fnv1a32,@function
fnv1a32:                                # @fnv1a32
# %bb.0:
	mov	cl, byte ptr [rdi]
	test	cl, cl
	je	.LBB3_1
# %bb.2:
	add	rdi, 1
	mov	eax, -2128831035
	.p2align	4, 0x90
.LBB3_3:                                # =>This Inner Loop Header: Depth=1
	movzx	ecx, cl
	xor	ecx, eax
	imul	eax, ecx, 16777619
	movzx	ecx, byte ptr [rdi]
	add	rdi, 1
	test	cl, cl
	jne	.LBB3_3
# %bb.4:
	ret
.LBB3_1:
	mov	eax, -2128831035
	ret
.Lfunc_end3:
	.size	fnv1a32, .Lfunc_end3-fnv1a32
                                        # -- End function
	.globl	fnv1a64                         # -- Begin function fnv1a64
	.p2align	4, 0x90
	.type	fnv1a64,@function
fnv1a64:                                # @fnv1a64
# %bb.0:
	movabs	rsi, -3750763034362895579
	mov	dl, byte ptr [rdi]
	test	dl, dl
	je	.LBB4_1
# %bb.2:
	add	rdi, 1
	movabs	rcx, 1099511628211
	.p2align	4, 0x90
.LBB4_3:                                # =>This Inner Loop Header: Depth=1
	movzx	eax, dl
	xor	rax, rsi
	imul	rax, rcx
	movzx	edx, byte ptr [rdi]
	add	rdi, 1
	mov	rsi, rax
	test	dl, dl
	jne	.LBB4_3
# %bb.4:
	ret
.LBB4_1:
	mov	rax, rsi
	ret
.Lfunc_end4:
	.size	fnv1a64, .Lfunc_end4-fnv1a64
                                        # -- End function
	.globl	djb2                            # -- Begin function djb2
	.p2align	4, 0x90
	.type	djb2,@function
djb2:                                   # @djb2
# %bb.0:
	mov	cl, byte ptr [rdi]
	test	cl, cl
	je	.LBB5_1
# %bb.2:
	add	rdi, 1
	mov	eax, 5381
	.p2align	4, 0x90
.LBB5_3:                                # =>This Inner Loop Header: Depth=1
	mov	rdx, rax
	shl	rdx, 5
	add	rdx, rax
	movsx	rax, cl
	add	rax, rdx
	movzx	ecx, byte ptr [rdi]
	add	rdi, 1
	test	cl, cl
	jne	.LBB5_3
# %bb.4:
	ret
.LBB5_1:
	mov	eax, 5381
	ret
.Lfunc_end5:
	.size	djb2, .Lfunc_end5-djb2
                                        # -- End function
	.globl	sdbm                            # -- Begin function sdbm
	.p2align	4, 0x90
	.type	sdbm,@function
sdbm:                                   # @sdbm
# %bb.0:
	mov	cl, byte ptr [rdi]
	test	cl, cl
	je	.LBB6_1
# %bb.2:
	add	rdi, 1
	xor	eax, eax
	.p2align	4, 0x90
.LBB6_3:                                # =>This Inner Loop Header: Depth=1
	movsx	rcx, cl
	imul	rax, rax, 65599
	add	rax, rcx
	movzx	ecx, byte ptr [rdi]
	add	rdi, 1
	test	cl, cl
	jne	.LBB6_3
# %bb.4:
	ret
.LBB6_1:
	xor	eax, eax
	ret
.Lfunc_end6:
	.size	sdbm, .Lfunc_end6-sdbm
                                        # -- End function
	.globl	one_at_a_time                   # -- Begin function one_at_a_time
	.p2align	4, 0x90
	.type	one_at_a_time,@function
one_at_a_time:                          # @one_at_a_time
# %bb.0:
	test	rsi, rsi
	je	.LBB7_1
# %bb.2:
	lea	rcx, [rsi - 1]
	mov	r8d, esi
	and	r8d, 3
	cmp	rcx, 3
	jae	.LBB7_9
# %bb.3:
	xor	ecx, ecx
	xor	edx, edx
	jmp	.LBB7_4
.LBB7_1:
	xor	eax, eax
	jmp	.LBB7_8
.LBB7_9:
	and	rsi, -4
	xor	ecx, ecx
	xor	edx, edx
	.p2align	4, 0x90
.LBB7_10:                               # =>This Inner Loop Header: Depth=1
	movzx	eax, byte ptr [rdi + rcx]
	add	eax, edx
	mov	edx, eax
	shl	edx, 10
	add	edx, eax
	mov	eax, edx
	shr	eax, 6
	xor	eax, edx
	movzx	edx, byte ptr [rdi + rcx + 1]
	add	edx, eax
	mov	eax, edx
	shl	eax, 10
	add	eax, edx
	mov	edx, eax
	shr	edx, 6
	xor	edx, eax
	movzx	eax, byte ptr [rdi + rcx + 2]
	add	eax, edx
	mov	edx, eax
	shl	edx, 10
	add	edx, eax
	mov	eax, edx
	shr	eax, 6
	xor	eax, edx
	movzx	edx, byte ptr [rdi + rcx + 3]
	add	edx, eax
	mov	eax, edx
	shl	eax, 10
	add	eax, edx
	mov	edx, eax
	shr	edx, 6
	xor	edx, eax
	add	rcx, 4
	cmp	rsi, rcx
	jne	.LBB7_10
.LBB7_4:
	test	r8, r8
	je	.LBB7_7
# %bb.5:
	add	rdi, rcx
	xor	ecx, ecx
	.p2align	4, 0x90
.LBB7_6:                                # =>This Inner Loop Header: Depth=1
	movzx	eax, byte ptr [rdi + rcx]
	add	eax, edx
	mov	esi, eax
	shl	esi, 10
	add	esi, eax
	mov	edx, esi
	shr	edx, 6
	xor	edx, esi
	add	rcx, 1
	cmp	r8, rcx
	jne	.LBB7_6
.LBB7_7:
	lea	eax, [rdx + 8*rdx]
.LBB7_8:
	mov	ecx, eax
	shr	ecx, 11
	xor	ecx, eax
	mov	eax, ecx
	shl	eax, 15
	add	eax, ecx
	ret
.Lfunc_end7:
	.size	one_at_a_time, .Lfunc_end7-one_at_a_time
                                        # -- End function
	.globl	fletcher16                      # -- Begin function fletcher16
	.p2align	4, 0x90
	.type	fletcher16,@function
fletcher16:                             # @fletcher16
# %bb.0:
	xor	eax, eax
	test	rsi, rsi
	je	.LBB8_6
# %bb.1:
	cmp	rsi, 1
	jne	.LBB8_7
# %bb.2:
	xor	r10d, r10d
	xor	edx, edx
	jmp	.LBB8_3
.LBB8_7:
	mov	r8, rsi
	and	r8, -2
	xor	r10d, r10d
	mov	r9d, 2155905153
	xor	eax, eax
	xor	edx, edx
	.p2align	4, 0x90
.LBB8_8:                                # =>This Inner Loop Header: Depth=1
	movzx	r11d, byte ptr [rdi + r10]
	add	r11d, edx
	mov	rdx, r11
	imul	rdx, r9
	shr	rdx, 39
	mov	ecx, edx
	shl	ecx, 8
	sub	edx, ecx
	add	edx, r11d
	add	eax, edx
	mov	r11, rax
	imul	r11, r9
	shr	r11, 39
	mov	ecx, r11d
	shl	ecx, 8
	sub	r11d, ecx
	add	r11d, eax
	movzx	eax, byte ptr [rdi + r10 + 1]
	add	eax, edx
	mov	rdx, rax
	imul	rdx, r9
	shr	rdx, 39
	mov	ecx, edx
	shl	ecx, 8
	sub	edx, ecx
	add	edx, eax
	add	r11d, edx
	mov	rax, r11
	imul	rax, r9
	shr	rax, 39
	mov	ecx, eax
	shl	ecx, 8
	sub	eax, ecx
	add	eax, r11d
	add	r10, 2
	cmp	r8, r10
	jne	.LBB8_8
.LBB8_3:
	test	sil, 1
	je	.LBB8_5
# %bb.4:
	movzx	ecx, byte ptr [rdi + r10]
	add	edx, ecx
	mov	ecx, 2155905153
	mov	rsi, rdx
	imul	rsi, rcx
	shr	rsi, 39
	mov	edi, esi
	shl	edi, 8
	sub	esi, edi
	add	esi, edx
	add	eax, esi
	imul	rcx, rax
	shr	rcx, 39
	mov	edx, ecx
	shl	edx, 8
	sub	ecx, edx
	add	ecx, eax
	mov	edx, esi
	mov	eax, ecx
.LBB8_5:
	shl	eax, 8
	or	eax, edx
.LBB8_6:
                                        # kill: def $ax killed $ax killed $rax
	ret
.Lfunc_end8:
	.size	fletcher16, .Lfunc_end8-fletcher16
                                        # -- End function
	.globl	murmur_fmix32                   # -- Begin function murmur_fmix32
	.p2align	4, 0x90
	.type	murmur_fmix32,@function
murmur_fmix32:                          # @murmur_fmix32
# %bb.0:
	mov	eax, edi
	shr	eax, 16
	xor	eax, edi
	imul	eax, eax, -2048144789
	mov	ecx, eax
	shr	ecx, 13
	xor	ecx, eax
	imul	ecx, ecx, -1028477387
	mov	eax, ecx
	shr	eax, 16
	xor	eax, ecx
	ret
.Lfunc_end9:
	.size	murmur_fmix32, .Lfunc_end9-murmur_fmix32
                                        # -- End function
	.globl	murmur_fmix64                   # -- Begin function murmur_fmix64
	.p2align	4, 0x90
	.type	murmur_fmix64,@function
murmur_fmix64:                          # @murmur_fmix64
# %bb.0:
	mov	rax, rdi
	shr	rax, 33
	xor	rax, rdi
	movabs	rcx, -49064778989728563
	imul	rcx, rax
	mov	rax, rcx
	shr	rax, 33
	xor	rax, rcx
	movabs	rcx, -4265267296055464877
	imul	rcx, rax
	mov	rax, rcx
	shr	rax, 33
	xor	rax, rcx
	ret
.Lfunc_end10:
	.size	murmur_fmix64, .Lfunc_end10-murmur_fmix64
                                        # -- End function
	.globl	splitmix64                      # -- Begin function splitmix64
	.p2align	4, 0x90
	.type	splitmix64,@function
splitmix64:                             # @splitmix64
# %bb.0:
	movabs	rax, -7046029254386353131
	add	rax, rdi
	mov	rcx, rax
	shr	rcx, 30
	xor	rcx, rax
	movabs	rax, -4658895280553007687
	imul	rax, rcx
	mov	rcx, rax
	shr	rcx, 27
	xor	rcx, rax
	movabs	rdx, -7723592293110705685
	imul	rdx, rcx
	mov	rax, rdx
	shr	rax, 31
	xor	rax, rdx
	ret
.Lfunc_end11:
	.size	splitmix64, .Lfunc_end11-splitmix64
                                        # -- End function
	.globl	xorshift32                      # -- Begin function xorshift32
	.p2align	4, 0x90
	.type	xorshift32,@function
xorshift32:                             # @xorshift32
# %bb.0:
	mov	eax, edi
	shl	eax, 13
	xor	eax, edi
	mov	ecx, eax
	shr	ecx, 17
	xor	ecx, eax
	mov	eax, ecx
	shl	eax, 5
	xor	eax, ecx
	ret
.Lfunc_end12:
	.size	xorshift32, .Lfunc_end12-xorshift32
                                        # -- End function
	.globl	luhn_valid                      # -- Begin function luhn_valid
	.p2align	4, 0x90
	.type	luhn_valid,@function
luhn_valid:                             # @luhn_valid
# %bb.0:
	mov	ecx, -1
	mov	rax, rdi
	.p2align	4, 0x90
.LBB13_1:                               # =>This Inner Loop Header: Depth=1
	add	ecx, 1
	cmp	byte ptr [rax], 0
	lea	rax, [rax + 1]
	jne	.LBB13_1
# %bb.2:
	xor	eax, eax
	test	ecx, ecx
	je	.LBB13_8
# %bb.3:
	xor	r9d, r9d
	mov	r10d, ecx
	xor	r8d, r8d
	.p2align	4, 0x90
.LBB13_4:                               # =>This Inner Loop Header: Depth=1
	add	r10d, -1
	movsx	esi, byte ptr [rdi + r10]
	lea	edx, [rsi - 58]
	cmp	dl, -10
	jb	.LBB13_8
# %bb.5:                                #   in Loop: Header=BB13_4 Depth=1
	mov	edx, esi
	add	edx, -48
	lea	r11d, [rdx + rdx]
	cmp	sil, 53
	lea	esi, [rdx + rdx - 9]
	cmovb	esi, r11d
	test	r9b, 1
	cmove	esi, edx
	add	r8d, esi
	add	r9d, 1
	test	r10d, r10d
	jg	.LBB13_4
# %bb.6:
	test	ecx, ecx
	je	.LBB13_8
# %bb.7:
	imul	ecx, r8d, -858993459
	add	ecx, 429496728
	ror	ecx
	xor	eax, eax
	cmp	ecx, 429496729
	setb	al
.LBB13_8:
	ret
.Lfunc_end13:
	.size	luhn_valid, .Lfunc_end13-luhn_valid
                                        # -- End function
	.globl	xor_checksum                    # -- Begin function xor_checksum
	.p2align	4, 0x90
	.type	xor_checksum,@function
xor_checksum:                           # @xor_checksum
# %bb.0:
	test	rsi, rsi
	je	.LBB14_1
# %bb.2:
	cmp	rsi, 8
	jae	.LBB14_5
# %bb.3:
	xor	eax, eax
.LBB14_4:
	mov	r8, rsi
	mov	rdx, rdi
	jmp	.LBB14_10
.LBB14_1:
	xor	eax, eax
                                        # kill: def $al killed $al killed $rax
	ret
.LBB14_5:
	cmp	rsi, 32
	jae	.LBB14_13
# %bb.6:
	xor	eax, eax
	xor	ecx, ecx
	jmp	.LBB14_7
.LBB14_13:
	mov	rcx, rsi
	and	rcx, -32
	lea	rdx, [rcx - 32]
	mov	rax, rdx
	shr	rax, 5
	add	rax, 1
	mov	r8d, eax
	and	r8d, 3
	cmp	rdx, 96
	jae	.LBB14_15
# %bb.14:
	pxor	xmm0, xmm0
	xor	edx, edx
	pxor	xmm1, xmm1
	jmp	.LBB14_17
.LBB14_15:
	and	rax, -4
	pxor	xmm0, xmm0
	xor	edx, edx
	pxor	xmm1, xmm1
	.p2align	4, 0x90
.LBB14_16:                              # =>This Inner Loop Header: Depth=1
	movdqu	xmm2, xmmword ptr [rdi + rdx]
	pxor	xmm2, xmm0
	movdqu	xmm0, xmmword ptr [rdi + rdx + 16]
	pxor	xmm0, xmm1
	movdqu	xmm1, xmmword ptr [rdi + rdx + 32]
	movdqu	xmm3, xmmword ptr [rdi + rdx + 48]
	movdqu	xmm4, xmmword ptr [rdi + rdx + 64]
	pxor	xmm4, xmm1
	pxor	xmm4, xmm2
	movdqu	xmm2, xmmword ptr [rdi + rdx + 80]
	pxor	xmm2, xmm3
	pxor	xmm2, xmm0
	movdqu	xmm0, xmmword ptr [rdi + rdx + 96]
	pxor	xmm0, xmm4
	movdqu	xmm1, xmmword ptr [rdi + rdx + 112]
	pxor	xmm1, xmm2
	sub	rdx, -128
	add	rax, -4
	jne	.LBB14_16
.LBB14_17:
	test	r8, r8
	je	.LBB14_20
# %bb.18:
	lea	rax, [rdx + rdi]
	add	rax, 16
	shl	r8, 5
	xor	edx, edx
	.p2align	4, 0x90
.LBB14_19:                              # =>This Inner Loop Header: Depth=1
	movdqu	xmm2, xmmword ptr [rax + rdx - 16]
	pxor	xmm0, xmm2
	movdqu	xmm2, xmmword ptr [rax + rdx]
	pxor	xmm1, xmm2
	add	rdx, 32
	cmp	r8, rdx
	jne	.LBB14_19
.LBB14_20:
	pxor	xmm0, xmm1
	pshufd	xmm1, xmm0, 238                 # xmm1 = xmm0[2,3,2,3]
	pxor	xmm1, xmm0
	pshufd	xmm0, xmm1, 85                  # xmm0 = xmm1[1,1,1,1]
	pxor	xmm0, xmm1
	movdqa	xmm1, xmm0
	psrld	xmm1, 16
	pxor	xmm1, xmm0
	movdqa	xmm0, xmm1
	psrlw	xmm0, 8
	pxor	xmm0, xmm1
	movd	eax, xmm0
	cmp	rcx, rsi
	je	.LBB14_12
# %bb.21:
	test	sil, 24
	je	.LBB14_22
.LBB14_7:
	mov	r9, rsi
	and	r9, -8
	mov	r8d, esi
	and	r8d, 7
	lea	rdx, [rdi + r9]
	movzx	eax, al
	movd	xmm0, eax
	.p2align	4, 0x90
.LBB14_8:                               # =>This Inner Loop Header: Depth=1
	movq	xmm1, qword ptr [rdi + rcx]     # xmm1 = mem[0],zero
	pxor	xmm0, xmm1
	add	rcx, 8
	cmp	r9, rcx
	jne	.LBB14_8
# %bb.9:
	pshufd	xmm1, xmm0, 85                  # xmm1 = xmm0[1,1,1,1]
	pxor	xmm1, xmm0
	movdqa	xmm0, xmm1
	psrld	xmm0, 16
	pxor	xmm0, xmm1
	movdqa	xmm1, xmm0
	psrlw	xmm1, 8
	pxor	xmm1, xmm0
	movd	eax, xmm1
	cmp	r9, rsi
	je	.LBB14_12
.LBB14_10:
	xor	ecx, ecx
	.p2align	4, 0x90
.LBB14_11:                              # =>This Inner Loop Header: Depth=1
	xor	al, byte ptr [rdx + rcx]
	add	rcx, 1
	cmp	r8, rcx
	jne	.LBB14_11
.LBB14_12:
                                        # kill: def $al killed $al killed $rax
	ret
.LBB14_22:
	add	rdi, rcx
	and	esi, 31
	jmp	.LBB14_4
.Lfunc_end14:
	.size	xor_checksum, .Lfunc_end14-xor_checksum
                                        # -- End function
	.globl	internet_checksum               # -- Begin function internet_checksum
	.p2align	4, 0x90
	.type	internet_checksum,@function
internet_checksum:                      # @internet_checksum
# %bb.0:
	xor	eax, eax
	cmp	rsi, 2
	jb	.LBB15_6
# %bb.1:
	lea	rax, [rsi - 2]
	mov	r8, rax
	shr	r8
	add	r8, 1
	cmp	rax, 2
	jae	.LBB15_11
# %bb.2:
	xor	ecx, ecx
	mov	r9d, 1
	xor	eax, eax
	test	r8b, 1
	jne	.LBB15_5
	jmp	.LBB15_6
.LBB15_11:
	mov	rcx, r8
	and	rcx, -2
	xor	eax, eax
	mov	r9d, 1
	.p2align	4, 0x90
.LBB15_12:                              # =>This Inner Loop Header: Depth=1
	movzx	edx, word ptr [rdi + r9 - 1]
	shl	edx, 16
	bswap	edx
	add	edx, eax
	movzx	eax, word ptr [rdi + r9 + 1]
	shl	eax, 16
	bswap	eax
	add	eax, edx
	add	r9, 4
	add	rcx, -2
	jne	.LBB15_12
# %bb.3:
	lea	rcx, [r9 - 1]
	test	r8b, 1
	je	.LBB15_6
.LBB15_5:
	movzx	ecx, byte ptr [rdi + rcx]
	shl	ecx, 8
	movzx	edx, byte ptr [rdi + r9]
	or	edx, ecx
	add	eax, edx
.LBB15_6:
	test	sil, 1
	je	.LBB15_8
# %bb.7:
	movzx	ecx, byte ptr [rsi + rdi - 1]
	shl	ecx, 8
	add	eax, ecx
.LBB15_8:
	cmp	eax, 65536
	jb	.LBB15_10
	.p2align	4, 0x90
.LBB15_9:                               # =>This Inner Loop Header: Depth=1
	mov	ecx, eax
	shr	ecx, 16
	movzx	eax, ax
	add	eax, ecx
	cmp	eax, 65535
	ja	.LBB15_9
.LBB15_10:
	not	eax
                                        # kill: def $ax killed $ax killed $eax
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
