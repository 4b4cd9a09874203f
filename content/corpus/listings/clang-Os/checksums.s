	.text
	.intel_syntax noprefix
	.file	"checksums.c"
	.globl	adler32                         # -- Begin function adler32
	.type	adler32,@function
adler32:                                # @adler32
# %bb.0:
	test	rsi, rsi
	je	.LBB0_4
# %bb.1:
	mov	edx, 1
	xor	r9d, r9d
	mov	r8d, 2147975281
	xor	eax, eax
.LBB0_2:                                # =>This Inner Loop Header: Depth=1
	movzx	ecx, byte ptr [rdi + r9]
	add	ecx, edx
	mov	edx, ecx
	imul	rcx, r8
	shr	rcx, 47
	imul	ecx, ecx, 65521
	sub	edx, ecx
	add	eax, edx
	mov	rcx, rax
	imul	rcx, r8
	shr	rcx, 47
	imul	ecx, ecx, 65521
	sub	eax, ecx
	inc	r9
	cmp	rsi, r9
	jne	.LBB0_2
# %bb.3:
	shl	eax, 16
	or	eax, edx
                                        # kill: def $eax killed $eax killed $rax
	ret
.LBB0_4:
	mov	eax, 1
                                        # kill: def $eax killed $eax killed $rax
	ret
.Lfunc_end0:
	.size	adler32, .Lfunc_end0-adler32
                                        # -- End function
	.globl	crc32_bitwise                   # -- Begin function crc32_bitwise
	.type	crc32_bitwise,@function
crc32_bitwise:                          # @crc32_bitwise
# %bb.0:
	test	rsi, rsi
	je	.LBB1_1
# %bb.4:
	mov	eax, -1
	xor	r8d, r8d
.LBB1_5:                                # =>This Loop Header: Depth=1
                                        #     Child Loop BB1_6 Depth 2
	movzx	edx, byte ptr [rdi + r8]
	xor	eax, edx
	mov	edx, 8
.LBB1_6:                                #   Parent Loop BB1_5 Depth=1
                                        # =>  This Inner Loop Header: Depth=2
	mov	ecx, eax
	shr	ecx
	and	eax, 1
	neg	eax
	and	eax, -306674912
	xor	eax, ecx
	dec	edx
	jne	.LBB1_6
# %bb.7:                                #   in Loop: Header=BB1_5 Depth=1
	inc	r8
	cmp	r8, rsi
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
	.type	crc32_table,@function
crc32_table:                            # @crc32_table
# %bb.0:
	test	rsi, rsi
	je	.LBB2_1
# %bb.4:
	mov	eax, -1
	xor	ecx, ecx
	lea	r8, [rip + crc_nibble]
.LBB2_5:                                # =>This Inner Loop Header: Depth=1
	movzx	edx, byte ptr [rdi + rcx]
	xor	edx, eax
	mov	eax, edx
	and	eax, 15
	shr	edx, 4
	xor	edx, dword ptr [r8 + 4*rax]
	mov	r9d, edx
	and	r9d, 15
	shr	edx, 4
	mov	eax, edx
	xor	eax, dword ptr [r8 + 4*r9]
	inc	rcx
	cmp	rsi, rcx
	jne	.LBB2_5
# %bb.2:
	not	eax
	ret
.LBB2_1:
	xor	eax, eax
	ret
.Lfunc_end2:
	.size	crc32_table, .Lfunc_end2-crc32_table
                                        # -- End function
	.globl	fnv1a32                         # -- Begin function fnv1a32
	.type	fnv1a32,@function
fnv1a32:                                # @fnv1a32
# %bb.0:
	mov	cl, byte ptr [rdi]
	test	cl, cl
	je	.LBB3_1
# %bb.2:
	inc	rdi
	mov	eax, -2128831035
.LBB3_3:                                # =>This Inner Loop Header: Depth=1
	movzx	ecx, cl
	xor	ecx, eax
	imul	eax, ecx, 16777619
	mov	cl, byte ptr [rdi]
	inc	rdi
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
	.type	fnv1a64,@function
fnv1a64:                                # @fnv1a64
# %bb.0:
	movabs	rsi, -3750763034362895579
	mov	dl, byte ptr [rdi]
	test	dl, dl
	je	.LBB4_1
# %bb.2:
	inc	rdi
	movabs	rcx, 1099511628211
.LBB4_3:                                # =>This Inner Loop Header: Depth=1
	movzx	eax, dl
	xor	rax, rsi
	imul	rax, rcx
	mov	dl, byte ptr [rdi]
	inc	rdi
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
	.type	djb2,@function
djb2:                                   # @djb2
# %bb.0:
	mov	cl, byte ptr [rdi]
	test	cl, cl
	je	.LBB5_1
# %bb.2:
	inc	rdi
	mov	eax, 5381
.LBB5_3:                                # =>This Inner Loop Header: Depth=1
	mov	rdx, rax
	shl	rdx, 5
	add	rdx, rax
	movsx	rax, cl
	add	rax, rdx
	mov	cl, byte ptr [rdi]
	inc	rdi
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
	.type	sdbm,@function
sdbm:                                   # @sdbm
# %bb.0:
	mov	cl, byte ptr [rdi]
	test	cl, cl
	je	.LBB6_1
# %bb.2:
	inc	rdi
	xor	eax, eax
.LBB6_3:                                # =>This Inner Loop Header: Depth=1
	movsx	rcx, cl
	imul	rax, rax, 65599
	add	rax, rcx
	mov	cl, byte ptr [rdi]
	inc	rdi
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
	.type	one_at_a_time,@function
one_at_a_time:                          # @one_at_a_time
# %bb.0:
	test	rsi, rsi
	je	.LBB7_1
# %bb.4:
	xor	r8d, r8d
	xor	ecx, ecx
.LBB7_5:                                # =>This Inner Loop Header: Depth=1
	movzx	eax, byte ptr [rdi + r8]
	add	eax, ecx
	mov	edx, eax
	shl	edx, 10
	add	edx, eax
	mov	ecx, edx
	shr	ecx, 6
	xor	ecx, edx
	inc	r8
	cmp	rsi, r8
	jne	.LBB7_5
# %bb.2:
	lea	eax, [rcx + 8*rcx]
	jmp	.LBB7_3
.LBB7_1:
	xor	eax, eax
.LBB7_3:
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
	.type	fletcher16,@function
fletcher16:                             # @fletcher16
# %bb.0:
	xor	eax, eax
	test	rsi, rsi
	je	.LBB8_4
# %bb.1:
	mov	r8d, 2155905153
	xor	r9d, r9d
	xor	edx, edx
.LBB8_2:                                # =>This Inner Loop Header: Depth=1
	movzx	r10d, byte ptr [rdi + r9]
	add	r10d, edx
	mov	rdx, r10
	imul	rdx, r8
	shr	rdx, 39
	mov	ecx, edx
	shl	ecx, 8
	sub	edx, ecx
	add	edx, r10d
	mov	r10d, eax
	add	r10d, edx
	mov	rax, r10
	imul	rax, r8
	shr	rax, 39
	mov	ecx, eax
	shl	ecx, 8
	sub	eax, ecx
	add	eax, r10d
	inc	r9
	cmp	rsi, r9
	jne	.LBB8_2
# %bb.3:
	shl	eax, 8
	or	eax, edx
.LBB8_4:
                                        # kill: def $ax killed $ax killed $rax
	ret
.Lfunc_end8:
	.size	fletcher16, .Lfunc_end8-fletcher16
                                        # -- End function
	.globl	murmur_fmix32                   # -- Begin function murmur_fmix32
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
	.type	luhn_valid,@function
luhn_valid:                             # @luhn_valid
# %bb.0:
	mov	ecx, -1
	mov	rax, rdi
.LBB13_1:                               # =>This Inner Loop Header: Depth=1
	inc	ecx
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
.LBB13_4:                               # =>This Inner Loop Header: Depth=1
	dec	r10d
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
	inc	r9d
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
	.type	xor_checksum,@function
xor_checksum:                           # @xor_checksum
# %bb.0:
	test	rsi, rsi
	je	.LBB14_4
# %bb.1:
	xor	ecx, ecx
	xor	eax, eax
.LBB14_2:                               # =>This Inner Loop Header: Depth=1
	xor	al, byte ptr [rdi + rcx]
	inc	rcx
	cmp	rsi, rcx
	jne	.LBB14_2
# %bb.3:
                                        # kill: def $al killed $al killed $eax
	ret
.LBB14_4:
	xor	eax, eax
                                        # kill: def $al killed $al killed $eax
	ret
.Lfunc_end14:
	.size	xor_checksum, .Lfunc_end14-xor_checksum
                                        # -- End function
	.globl	internet_checksum               # -- Begin function internet_checksum
	.type	internet_checksum,@function
internet_checksum:                      # @internet_checksum
# %bb.0:
	xor	eax, eax
	cmp	rsi, 2
	jb	.LBB15_3
# %bb.1:
	xor	eax, eax
	mov	ecx, 1
.LBB15_2:                               # =>This Inner Loop Header: Depth=1
	movzx	edx, word ptr [rdi + rcx - 1]
	shl	edx, 16
	bswap	edx
	add	eax, edx
	add	rcx, 2
	cmp	rcx, rsi
	jb	.LBB15_2
.LBB15_3:
	test	sil, 1
	je	.LBB15_5
# %bb.4:
	movzx	ecx, byte ptr [rsi + rdi - 1]
	shl	ecx, 8
	add	eax, ecx
.LBB15_5:
	cmp	eax, 65536
	jb	.LBB15_8
# %bb.6:
	mov	ecx, 65535
.LBB15_7:                               # =>This Inner Loop Header: Depth=1
	mov	edx, eax
	shr	edx, 16
	and	eax, ecx
	add	eax, edx
	cmp	eax, ecx
	ja	.LBB15_7
.LBB15_8:
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
