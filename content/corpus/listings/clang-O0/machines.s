	.text
	.intel_syntax noprefix
	.file	"machines.c"
	.globl	count_numbers                   # -- Begin function count_numbers
	.p2align	4, 0x90
	.type	count_numbers,@function
count_numbers:                          # @count_numbers
# %bb.0:
	push	rbp
	mov	rbp, rsp
	mov	qword ptr [rbp - 8], rdi
	mov	dword ptr [rbp - 12], 0
	mov	dword ptr [rbp - 16], 0
.LBB0_1:                                # =>This Inner Loop Header: Depth=1
	mov	rax, qword ptr [rbp - 8]
	cmp	byte ptr [rax], 0
	je	.LBB0_13
# %bb.2:                                #   in Loop: Header=BB0_1 Depth=1
	mov	rax, qword ptr [rbp - 8]
	movsx	ecx, byte ptr [rax]
	xor	eax, eax
                                        # kill: def $al killed $al killed $eax
	cmp	ecx, 48
	mov	byte ptr [rbp - 21], al         # 1-byte Spill
	jl	.LBB0_4
# %bb.3:                                #   in Loop: Header=BB0_1 Depth=1
	mov	rax, qword ptr [rbp - 8]
	movsx	eax, byte ptr [rax]
	cmp	eax, 57
	setle	al
	mov	byte ptr [rbp - 21], al         # 1-byte Spill
.LBB0_4:                                #   in Loop: Header=BB0_1 Depth=1
	mov	al, byte ptr [rbp - 21]         # 1-byte Reload
	and	al, 1
	movzx	eax, al
	mov	dword ptr [rbp - 20], eax
	cmp	dword ptr [rbp - 12], 0
	jne	.LBB0_7
# %bb.5:                                #   in Loop: Header=BB0_1 Depth=1
	cmp	dword ptr [rbp - 20], 0
	je	.LBB0_7
# %bb.6:                                #   in Loop: Header=BB0_1 Depth=1
	mov	dword ptr [rbp - 12], 1
	mov	eax, dword ptr [rbp - 16]
	add	eax, 1
	mov	dword ptr [rbp - 16], eax
	jmp	.LBB0_11
.LBB0_7:                                #   in Loop: Header=BB0_1 Depth=1
	cmp	dword ptr [rbp - 12], 1
	jne	.LBB0_10
# %bb.8:                                #   in Loop: Header=BB0_1 Depth=1
	cmp	dword ptr [rbp - 20], 0
	jne	.LBB0_10
# %bb.9:                                #   in Loop: Header=BB0_1 Depth=1
	mov	dword ptr [rbp - 12], 0
.LBB0_10:                               #   in Loop: Header=BB0_1 Depth=1
	jmp	.LBB0_11
.LBB0_11:                               #   in Loop: Header=BB0_1 Depth=1
	jmp	.LBB0_12
.LBB0_12:                               #   in Loop: Header=BB0_1 Depth=1
	mov	rax, qword ptr [rbp - 8]
	add	rax, 1
	mov	qword ptr [rbp - 8], rax
	jmp	.LBB0_1
.LBB0_13:
	mov	eax, dword ptr [rbp - 16]
	pop	rbp
	ret
.Lfunc_end0:
	.size	count_numbers, .Lfunc_end0-count_numbers
                                        # -- End function
	.globl	balanced_parens                 # -- Begin function balanced_parens
	.p2align	4, 0x90
	.type	balanced_parens,@function
balanced_parens:                        # @balanced_parens
# %bb.0:
	push	rbp
	mov	rbp, rsp
	mov	qword ptr [rbp - 16], rdi
	mov	dword ptr [rbp - 20], 0
.LBB1_1:                                # =>This Inner Loop Header: Depth=1
	mov	rax, qword ptr [rbp - 16]
	cmp	byte ptr [rax], 0
	je	.LBB1_10
# %bb.2:                                #   in Loop: Header=BB1_1 Depth=1
	mov	rax, qword ptr [rbp - 16]
	movsx	eax, byte ptr [rax]
	cmp	eax, 40
	jne	.LBB1_4
# %bb.3:                                #   in Loop: Header=BB1_1 Depth=1
	mov	eax, dword ptr [rbp - 20]
	add	eax, 1
	mov	dword ptr [rbp - 20], eax
	jmp	.LBB1_8
.LBB1_4:                                #   in Loop: Header=BB1_1 Depth=1
	mov	rax, qword ptr [rbp - 16]
	movsx	eax, byte ptr [rax]
	cmp	eax, 41
	jne	.LBB1_7
# %bb.5:                                #   in Loop: Header=BB1_1 Depth=1
	mov	eax, dword ptr [rbp - 20]
	add	eax, -1
	mov	dword ptr [rbp - 20], eax
	cmp	eax, 0
	jge	.LBB1_7
# %bb.6:
	mov	dword ptr [rbp - 4], 0
	jmp	.LBB1_11
.LBB1_7:                                #   in Loop: Header=BB1_1 Depth=1
	jmp	.LBB1_8
.LBB1_8:                                #   in Loop: Header=BB1_1 Depth=1
	jmp	.LBB1_9
.LBB1_9:                                #   in Loop: Header=BB1_1 Depth=1
	mov	rax, qword ptr [rbp - 16]
	add	rax, 1
	mov	qword ptr [rbp - 16], rax
	jmp	.LBB1_1
.LBB1_10:
	cmp	dword ptr [rbp - 20], 0
	sete	al
	and	al, 1
	movzx	eax, al
	mov	dword ptr [rbp - 4], eax
.LBB1_11:
	mov	eax, dword ptr [rbp - 4]
	pop	rbp
	ret
.Lfunc_end1:
	.size	balanced_parens, .Lfunc_end1-balanced_parens
                                        # -- End function
	.globl	matches_ab                      # -- Begin function matches_ab
	.p2align	4, 0x90
	.type	matches_ab,@function
matches_ab:                             # @matches_ab
# %bb.0:
	push	rbp
	mov	rbp, rsp
	mov	qword ptr [rbp - 16], rdi
	mov	dword ptr [rbp - 20], 0
.LBB2_1:                                # =>This Inner Loop Header: Depth=1
	mov	rax, qword ptr [rbp - 16]
	cmp	byte ptr [rax], 0
	je	.LBB2_16
# %bb.2:                                #   in Loop: Header=BB2_1 Depth=1
	mov	eax, dword ptr [rbp - 20]
	mov	dword ptr [rbp - 24], eax       # 4-byte Spill
	test	eax, eax
	je	.LBB2_3
	jmp	.LBB2_18
.LBB2_18:                               #   in Loop: Header=BB2_1 Depth=1
	mov	eax, dword ptr [rbp - 24]       # 4-byte Reload
	sub	eax, 1
	je	.LBB2_10
	jmp	.LBB2_14
.LBB2_3:                                #   in Loop: Header=BB2_1 Depth=1
	mov	rax, qword ptr [rbp - 16]
	movsx	eax, byte ptr [rax]
	cmp	eax, 97
	jne	.LBB2_5
# %bb.4:                                #   in Loop: Header=BB2_1 Depth=1
	mov	dword ptr [rbp - 20], 0
	jmp	.LBB2_9
.LBB2_5:                                #   in Loop: Header=BB2_1 Depth=1
	mov	rax, qword ptr [rbp - 16]
	movsx	eax, byte ptr [rax]
	cmp	eax, 98
	jne	.LBB2_7
# %bb.6:                                #   in Loop: Header=BB2_1 Depth=1
	mov	dword ptr [rbp - 20], 1
	jmp	.LBB2_8
.LBB2_7:
	mov	dword ptr [rbp - 4], 0
	jmp	.LBB2_17
.LBB2_8:                                #   in Loop: Header=BB2_1 Depth=1
	jmp	.LBB2_9
.LBB2_9:                                #   in Loop: Header=BB2_1 Depth=1
	jmp	.LBB2_14
.LBB2_10:                               #   in Loop: Header=BB2_1 Depth=1
	mov	rax, qword ptr [rbp - 16]
	movsx	eax, byte ptr [rax]
	cmp	eax, 98
	jne	.LBB2_12
# %bb.11:                               #   in Loop: Header=BB2_1 Depth=1
	mov	dword ptr [rbp - 20], 1
	jmp	.LBB2_13
.LBB2_12:
	mov	dword ptr [rbp - 4], 0
	jmp	.LBB2_17
.LBB2_13:                               #   in Loop: Header=BB2_1 Depth=1
	jmp	.LBB2_14
.LBB2_14:                               #   in Loop: Header=BB2_1 Depth=1
	jmp	.LBB2_15
.LBB2_15:                               #   in Loop: Header=BB2_1 Depth=1
	mov	rax, qword ptr [rbp - 16]
	add	rax, 1
	mov	qword ptr [rbp - 16], rax
	jmp	.LBB2_1
.LBB2_16:
	cmp	dword ptr [rbp - 20], 1
	sete	al
	and	al, 1
	movzx	eax, al
	mov	dword ptr [rbp - 4], eax
.LBB2_17:
	mov	eax, dword ptr [rbp - 4]
	pop	rbp
	ret
.Lfunc_end2:
	.size	matches_ab, .Lfunc_end2-matches_ab
                                        # -- End function
	.globl	comment_chars                   # -- Begin function comment_chars
	.p2align	4, 0x90
	.type	comment_chars,@function
comment_chars:                          # @comment_chars
# %bb.0:
	push	rbp
	mov	rbp, rsp
	mov	qword ptr [rbp - 8], rdi
	mov	dword ptr [rbp - 12], 0
	mov	dword ptr [rbp - 16], 0
.LBB3_1:                                # =>This Inner Loop Header: Depth=1
	mov	rax, qword ptr [rbp - 8]
	cmp	byte ptr [rax], 0
	je	.LBB3_23
# %bb.2:                                #   in Loop: Header=BB3_1 Depth=1
	mov	eax, dword ptr [rbp - 12]
                                        # kill: def $rax killed $eax
	mov	qword ptr [rbp - 24], rax       # 8-byte Spill
	sub	rax, 3
	ja	.LBB3_21
# %bb.24:                               #   in Loop: Header=BB3_1 Depth=1
	mov	rax, qword ptr [rbp - 24]       # 8-byte Reload
	lea	rcx, [rip + .LJTI3_0]
	movsxd	rax, dword ptr [rcx + 4*rax]
	add	rax, rcx
	jmp	rax
.LBB3_3:                                #   in Loop: Header=BB3_1 Depth=1
	mov	rax, qword ptr [rbp - 8]
	movsx	eax, byte ptr [rax]
	cmp	eax, 47
	jne	.LBB3_5
# %bb.4:                                #   in Loop: Header=BB3_1 Depth=1
	mov	dword ptr [rbp - 12], 1
.LBB3_5:                                #   in Loop: Header=BB3_1 Depth=1
	jmp	.LBB3_21
.LBB3_6:                                #   in Loop: Header=BB3_1 Depth=1
	mov	rax, qword ptr [rbp - 8]
	movsx	eax, byte ptr [rax]
	cmp	eax, 42
	jne	.LBB3_8
# %bb.7:                                #   in Loop: Header=BB3_1 Depth=1
	mov	eax, 2
	mov	dword ptr [rbp - 28], eax       # 4-byte Spill
	jmp	.LBB3_9
.LBB3_8:                                #   in Loop: Header=BB3_1 Depth=1
	mov	rax, qword ptr [rbp - 8]
	movsx	edx, byte ptr [rax]
	xor	eax, eax
	mov	ecx, 1
	cmp	edx, 47
	cmove	eax, ecx
	mov	dword ptr [rbp - 28], eax       # 4-byte Spill
.LBB3_9:                                #   in Loop: Header=BB3_1 Depth=1
	mov	eax, dword ptr [rbp - 28]       # 4-byte Reload
	mov	dword ptr [rbp - 12], eax
	jmp	.LBB3_21
.LBB3_10:                               #   in Loop: Header=BB3_1 Depth=1
	mov	rax, qword ptr [rbp - 8]
	movsx	eax, byte ptr [rax]
	cmp	eax, 42
	jne	.LBB3_12
# %bb.11:                               #   in Loop: Header=BB3_1 Depth=1
	mov	dword ptr [rbp - 12], 3
	jmp	.LBB3_13
.LBB3_12:                               #   in Loop: Header=BB3_1 Depth=1
	mov	eax, dword ptr [rbp - 16]
	add	eax, 1
	mov	dword ptr [rbp - 16], eax
.LBB3_13:                               #   in Loop: Header=BB3_1 Depth=1
	jmp	.LBB3_21
.LBB3_14:                               #   in Loop: Header=BB3_1 Depth=1
	mov	rax, qword ptr [rbp - 8]
	movsx	eax, byte ptr [rax]
	cmp	eax, 47
	jne	.LBB3_16
# %bb.15:                               #   in Loop: Header=BB3_1 Depth=1
	mov	dword ptr [rbp - 12], 0
	jmp	.LBB3_20
.LBB3_16:                               #   in Loop: Header=BB3_1 Depth=1
	mov	rax, qword ptr [rbp - 8]
	movsx	eax, byte ptr [rax]
	cmp	eax, 42
	je	.LBB3_18
# %bb.17:                               #   in Loop: Header=BB3_1 Depth=1
	mov	dword ptr [rbp - 12], 2
	mov	eax, dword ptr [rbp - 16]
	add	eax, 2
	mov	dword ptr [rbp - 16], eax
	jmp	.LBB3_19
.LBB3_18:                               #   in Loop: Header=BB3_1 Depth=1
	mov	eax, dword ptr [rbp - 16]
	add	eax, 1
	mov	dword ptr [rbp - 16], eax
.LBB3_19:                               #   in Loop: Header=BB3_1 Depth=1
	jmp	.LBB3_20
.LBB3_20:                               #   in Loop: Header=BB3_1 Depth=1
	jmp	.LBB3_21
.LBB3_21:                               #   in Loop: Header=BB3_1 Depth=1
	jmp	.LBB3_22
.LBB3_22:                               #   in Loop: Header=BB3_1 Depth=1
	mov	rax, qword ptr [rbp - 8]
	add	rax, 1
	mov	qword ptr [rbp - 8], rax
	jmp	.LBB3_1
.LBB3_23:
	mov	eax, dword ptr [rbp - 16]
	pop	rbp
	ret
.Lfunc_end3:
	.size	comment_chars, .Lfunc_end3-comment_chars
	.section	.rodata,"a",@progbits
	.p2align	2
.LJTI3_0:
	.long	.LBB3_3-.LJTI3_0
	.long	.LBB3_6-.LJTI3_0
	.long	.LBB3_10-.LJTI3_0
	.long	.LBB3_14-.LJTI3_0
                                        # -- End function
	.text
	.globl	rle_length                      # -- Begin function rle_length
	.p2align	4, 0x90
	.type	rle_length,@function
rle_length:                             # @rle_length
# %bb.0:
	push	rbp
	mov	rbp, rsp
	mov	qword ptr [rbp - 8], rdi
	mov	dword ptr [rbp - 12], 0
.LBB4_1:                                # =>This Loop Header: Depth=1
                                        #     Child Loop BB4_3 Depth 2
	mov	rax, qword ptr [rbp - 8]
	cmp	byte ptr [rax], 0
	je	.LBB4_8
# %bb.2:                                #   in Loop: Header=BB4_1 Depth=1
	mov	rax, qword ptr [rbp - 8]
	mov	al, byte ptr [rax]
	mov	byte ptr [rbp - 13], al
	mov	dword ptr [rbp - 20], 0
.LBB4_3:                                #   Parent Loop BB4_1 Depth=1
                                        # =>  This Inner Loop Header: Depth=2
	mov	rax, qword ptr [rbp - 8]
	movsx	ecx, byte ptr [rax]
	movsx	edx, byte ptr [rbp - 13]
	xor	eax, eax
                                        # kill: def $al killed $al killed $eax
	cmp	ecx, edx
	mov	byte ptr [rbp - 21], al         # 1-byte Spill
	jne	.LBB4_5
# %bb.4:                                #   in Loop: Header=BB4_3 Depth=2
	cmp	dword ptr [rbp - 20], 9
	setl	al
	mov	byte ptr [rbp - 21], al         # 1-byte Spill
.LBB4_5:                                #   in Loop: Header=BB4_3 Depth=2
	mov	al, byte ptr [rbp - 21]         # 1-byte Reload
	test	al, 1
	jne	.LBB4_6
	jmp	.LBB4_7
.LBB4_6:                                #   in Loop: Header=BB4_3 Depth=2
	mov	rax, qword ptr [rbp - 8]
	add	rax, 1
	mov	qword ptr [rbp - 8], rax
	mov	eax, dword ptr [rbp - 20]
	add	eax, 1
	mov	dword ptr [rbp - 20], eax
	jmp	.LBB4_3
.LBB4_7:                                #   in Loop: Header=BB4_1 Depth=1
	mov	eax, dword ptr [rbp - 12]
	add	eax, 2
	mov	dword ptr [rbp - 12], eax
	jmp	.LBB4_1
.LBB4_8:
	mov	eax, dword ptr [rbp - 12]
	pop	rbp
	ret
.Lfunc_end4:
	.size	rle_length, .Lfunc_end4-rle_length
                                        # -- End function
	.globl	traffic_light                   # -- Begin function traffic_light
	.p2align	4, 0x90
	.type	traffic_light,@function
traffic_light:                          # @traffic_light
# %bb.0:
	push	rbp
	mov	rbp, rsp
	mov	dword ptr [rbp - 4], edi
	mov	dword ptr [rbp - 8], esi
	mov	dword ptr [rbp - 12], 0
.LBB5_1:                                # =>This Inner Loop Header: Depth=1
	mov	eax, dword ptr [rbp - 12]
	cmp	eax, dword ptr [rbp - 8]
	jge	.LBB5_7
# %bb.2:                                #   in Loop: Header=BB5_1 Depth=1
	cmp	dword ptr [rbp - 4], 0
	jne	.LBB5_4
# %bb.3:                                #   in Loop: Header=BB5_1 Depth=1
	mov	eax, 1
	mov	dword ptr [rbp - 16], eax       # 4-byte Spill
	jmp	.LBB5_5
.LBB5_4:                                #   in Loop: Header=BB5_1 Depth=1
	mov	edx, dword ptr [rbp - 4]
	xor	eax, eax
	mov	ecx, 2
	cmp	edx, 1
	cmove	eax, ecx
	mov	dword ptr [rbp - 16], eax       # 4-byte Spill
.LBB5_5:                                #   in Loop: Header=BB5_1 Depth=1
	mov	eax, dword ptr [rbp - 16]       # 4-byte Reload
	mov	dword ptr [rbp - 4], eax
# %bb.6:                                #   in Loop: Header=BB5_1 Depth=1
	mov	eax, dword ptr [rbp - 12]
	add	eax, 1
	mov	dword ptr [rbp - 12], eax
	jmp	.LBB5_1
.LBB5_7:
	mov	eax, dword ptr [rbp - 4]
	pop	rbp
	ret
.Lfunc_end5:
	.size	traffic_light, .Lfunc_end5-traffic_light
                                        # -- End function
	.globl	vending                         # -- Begin function vending
	.p2align	4, 0x90
	.type	vending,@function
vending:                                # @vending
# %bb.0:
	push	rbp
	mov	rbp, rsp
	mov	qword ptr [rbp - 8], rdi
	mov	dword ptr [rbp - 12], 0
	mov	dword ptr [rbp - 16], 0
.LBB6_1:                                # =>This Inner Loop Header: Depth=1
	mov	rax, qword ptr [rbp - 8]
	cmp	byte ptr [rax], 0
	je	.LBB6_12
# %bb.2:                                #   in Loop: Header=BB6_1 Depth=1
	mov	rax, qword ptr [rbp - 8]
	movsx	eax, byte ptr [rax]
	add	eax, -100
	mov	ecx, eax
	mov	qword ptr [rbp - 24], rcx       # 8-byte Spill
	sub	eax, 14
	ja	.LBB6_7
# %bb.13:                               #   in Loop: Header=BB6_1 Depth=1
	mov	rax, qword ptr [rbp - 24]       # 8-byte Reload
	lea	rcx, [rip + .LJTI6_0]
	movsxd	rax, dword ptr [rcx + 4*rax]
	add	rax, rcx
	jmp	rax
.LBB6_3:                                #   in Loop: Header=BB6_1 Depth=1
	mov	eax, dword ptr [rbp - 12]
	add	eax, 5
	mov	dword ptr [rbp - 12], eax
	jmp	.LBB6_8
.LBB6_4:                                #   in Loop: Header=BB6_1 Depth=1
	mov	eax, dword ptr [rbp - 12]
	add	eax, 10
	mov	dword ptr [rbp - 12], eax
	jmp	.LBB6_8
.LBB6_5:                                #   in Loop: Header=BB6_1 Depth=1
	mov	eax, dword ptr [rbp - 12]
	add	eax, 25
	mov	dword ptr [rbp - 12], eax
	jmp	.LBB6_8
.LBB6_6:                                #   in Loop: Header=BB6_1 Depth=1
	mov	dword ptr [rbp - 12], 0
	jmp	.LBB6_8
.LBB6_7:                                #   in Loop: Header=BB6_1 Depth=1
	jmp	.LBB6_8
.LBB6_8:                                #   in Loop: Header=BB6_1 Depth=1
	cmp	dword ptr [rbp - 12], 35
	jl	.LBB6_10
# %bb.9:                                #   in Loop: Header=BB6_1 Depth=1
	mov	eax, dword ptr [rbp - 12]
	sub	eax, 35
	mov	dword ptr [rbp - 12], eax
	mov	eax, dword ptr [rbp - 16]
	add	eax, 1
	mov	dword ptr [rbp - 16], eax
.LBB6_10:                               #   in Loop: Header=BB6_1 Depth=1
	jmp	.LBB6_11
.LBB6_11:                               #   in Loop: Header=BB6_1 Depth=1
	mov	rax, qword ptr [rbp - 8]
	add	rax, 1
	mov	qword ptr [rbp - 8], rax
	jmp	.LBB6_1
.LBB6_12:
	imul	eax, dword ptr [rbp - 16], 100
	add	eax, dword ptr [rbp - 12]
	pop	rbp
	ret
.Lfunc_end6:
	.size	vending, .Lfunc_end6-vending
	.section	.rodata,"a",@progbits
	.p2align	2
.LJTI6_0:
	.long	.LBB6_4-.LJTI6_0
	.long	.LBB6_7-.LJTI6_0
	.long	.LBB6_7-.LJTI6_0
	.long	.LBB6_7-.LJTI6_0
	.long	.LBB6_7-.LJTI6_0
	.long	.LBB6_7-.LJTI6_0
	.long	.LBB6_7-.LJTI6_0
	.long	.LBB6_7-.LJTI6_0
	.long	.LBB6_7-.LJTI6_0
	.long	.LBB6_7-.LJTI6_0
	.long	.LBB6_3-.LJTI6_0
	.long	.LBB6_7-.LJTI6_0
	.long	.LBB6_7-.LJTI6_0
	.long	.LBB6_5-.LJTI6_0
	.long	.LBB6_6-.LJTI6_0
                                        # -- End function
	.text
	.globl	parse_signed                    # -- Begin function parse_signed
	.p2align	4, 0x90
	.type	parse_signed,@function
parse_signed:                           # @parse_signed
# %bb.0:
	push	rbp
	mov	rbp, rsp
	mov	qword ptr [rbp - 8], rdi
	mov	dword ptr [rbp - 12], 0
	mov	qword ptr [rbp - 24], 0
	mov	dword ptr [rbp - 28], 0
.LBB7_1:                                # =>This Inner Loop Header: Depth=1
	mov	rax, qword ptr [rbp - 8]
	cmp	byte ptr [rax], 0
	je	.LBB7_15
# %bb.2:                                #   in Loop: Header=BB7_1 Depth=1
	cmp	dword ptr [rbp - 12], 0
	jne	.LBB7_10
# %bb.3:                                #   in Loop: Header=BB7_1 Depth=1
	mov	rax, qword ptr [rbp - 8]
	movsx	eax, byte ptr [rax]
	cmp	eax, 32
	jne	.LBB7_5
# %bb.4:                                #   in Loop: Header=BB7_1 Depth=1
	jmp	.LBB7_14
.LBB7_5:                                #   in Loop: Header=BB7_1 Depth=1
	mov	rax, qword ptr [rbp - 8]
	movsx	eax, byte ptr [rax]
	cmp	eax, 45
	jne	.LBB7_7
# %bb.6:                                #   in Loop: Header=BB7_1 Depth=1
	mov	dword ptr [rbp - 28], 1
	mov	dword ptr [rbp - 12], 1
	jmp	.LBB7_14
.LBB7_7:                                #   in Loop: Header=BB7_1 Depth=1
	mov	rax, qword ptr [rbp - 8]
	movsx	eax, byte ptr [rax]
	cmp	eax, 43
	jne	.LBB7_9
# %bb.8:                                #   in Loop: Header=BB7_1 Depth=1
	mov	dword ptr [rbp - 12], 1
	jmp	.LBB7_14
.LBB7_9:                                #   in Loop: Header=BB7_1 Depth=1
	mov	dword ptr [rbp - 12], 1
.LBB7_10:                               #   in Loop: Header=BB7_1 Depth=1
	mov	rax, qword ptr [rbp - 8]
	movsx	eax, byte ptr [rax]
	cmp	eax, 48
	jl	.LBB7_12
# %bb.11:                               #   in Loop: Header=BB7_1 Depth=1
	mov	rax, qword ptr [rbp - 8]
	movsx	eax, byte ptr [rax]
	cmp	eax, 57
	jle	.LBB7_13
.LBB7_12:
	jmp	.LBB7_15
.LBB7_13:                               #   in Loop: Header=BB7_1 Depth=1
	imul	rax, qword ptr [rbp - 24], 10
	mov	rcx, qword ptr [rbp - 8]
	movsx	ecx, byte ptr [rcx]
	sub	ecx, 48
	movsxd	rcx, ecx
	add	rax, rcx
	mov	qword ptr [rbp - 24], rax
.LBB7_14:                               #   in Loop: Header=BB7_1 Depth=1
	mov	rax, qword ptr [rbp - 8]
	add	rax, 1
	mov	qword ptr [rbp - 8], rax
	jmp	.LBB7_1
.LBB7_15:
	cmp	dword ptr [rbp - 28], 0
	je	.LBB7_17
# %bb.16:
	xor	eax, eax
                                        # kill: def $rax killed $eax
	sub	rax, qword ptr [rbp - 24]
	mov	qword ptr [rbp - 40], rax       # 8-byte Spill
	jmp	.LBB7_18
.LBB7_17:
	mov	rax, qword ptr [rbp - 24]
	mov	qword ptr [rbp - 40], rax       # 8-byte Spill
.LBB7_18:
	mov	rax, qword ptr [rbp - 40]       # 8-byte Reload
	pop	rbp
	ret
.Lfunc_end7:
	.size	parse_signed, .Lfunc_end7-parse_signed
                                        # -- End function
	.globl	csv_fields                      # -- Begin function csv_fields
	.p2align	4, 0x90
	.type	csv_fields,@function
csv_fields:                             # @csv_fields
# %bb.0:
	push	rbp
	mov	rbp, rsp
	mov	qword ptr [rbp - 8], rdi
	mov	dword ptr [rbp - 12], 1
	mov	dword ptr [rbp - 16], 0
.LBB8_1:                                # =>This Inner Loop Header: Depth=1
	mov	rax, qword ptr [rbp - 8]
	cmp	byte ptr [rax], 0
	je	.LBB8_10
# %bb.2:                                #   in Loop: Header=BB8_1 Depth=1
	mov	rax, qword ptr [rbp - 8]
	movsx	eax, byte ptr [rax]
	cmp	eax, 34
	jne	.LBB8_4
# %bb.3:                                #   in Loop: Header=BB8_1 Depth=1
	cmp	dword ptr [rbp - 16], 0
	setne	al
	xor	al, -1
	and	al, 1
	movzx	eax, al
	mov	dword ptr [rbp - 16], eax
	jmp	.LBB8_8
.LBB8_4:                                #   in Loop: Header=BB8_1 Depth=1
	mov	rax, qword ptr [rbp - 8]
	movsx	eax, byte ptr [rax]
	cmp	eax, 44
	jne	.LBB8_7
# %bb.5:                                #   in Loop: Header=BB8_1 Depth=1
	cmp	dword ptr [rbp - 16], 0
	jne	.LBB8_7
# %bb.6:                                #   in Loop: Header=BB8_1 Depth=1
	mov	eax, dword ptr [rbp - 12]
	add	eax, 1
	mov	dword ptr [rbp - 12], eax
.LBB8_7:                                #   in Loop: Header=BB8_1 Depth=1
	jmp	.LBB8_8
.LBB8_8:                                #   in Loop: Header=BB8_1 Depth=1
	jmp	.LBB8_9
.LBB8_9:                                #   in Loop: Header=BB8_1 Depth=1
	mov	rax, qword ptr [rbp - 8]
	add	rax, 1
	mov	qword ptr [rbp - 8], rax
	jmp	.LBB8_1
.LBB8_10:
	mov	eax, dword ptr [rbp - 12]
	pop	rbp
	ret
.Lfunc_end8:
	.size	csv_fields, .Lfunc_end8-csv_fields
                                        # -- End function
	.globl	utf8_count                      # -- Begin function utf8_count
	.p2align	4, 0x90
	.type	utf8_count,@function
utf8_count:                             # @utf8_count
# %bb.0:
	push	rbp
	mov	rbp, rsp
	mov	qword ptr [rbp - 8], rdi
	mov	dword ptr [rbp - 12], 0
.LBB9_1:                                # =>This Inner Loop Header: Depth=1
	mov	rax, qword ptr [rbp - 8]
	cmp	byte ptr [rax], 0
	je	.LBB9_6
# %bb.2:                                #   in Loop: Header=BB9_1 Depth=1
	mov	rax, qword ptr [rbp - 8]
	movzx	eax, byte ptr [rax]
	and	eax, 192
	cmp	eax, 128
	je	.LBB9_4
# %bb.3:                                #   in Loop: Header=BB9_1 Depth=1
	mov	eax, dword ptr [rbp - 12]
	add	eax, 1
	mov	dword ptr [rbp - 12], eax
.LBB9_4:                                #   in Loop: Header=BB9_1 Depth=1
	jmp	.LBB9_5
.LBB9_5:                                #   in Loop: Header=BB9_1 Depth=1
	mov	rax, qword ptr [rbp - 8]
	add	rax, 1
	mov	qword ptr [rbp - 8], rax
	jmp	.LBB9_1
.LBB9_6:
	mov	eax, dword ptr [rbp - 12]
	pop	rbp
	ret
.Lfunc_end9:
	.size	utf8_count, .Lfunc_end9-utf8_count
                                        # -- End function
	.globl	collatz_steps                   # -- Begin function collatz_steps
	.p2align	4, 0x90
	.type	collatz_steps,@function
collatz_steps:                          # @collatz_steps
# %bb.0:
	push	rbp
	mov	rbp, rsp
	mov	qword ptr [rbp - 8], rdi
	mov	dword ptr [rbp - 12], 0
.LBB10_1:                               # =>This Inner Loop Header: Depth=1
	xor	eax, eax
                                        # kill: def $al killed $al killed $eax
	cmp	qword ptr [rbp - 8], 1
	mov	byte ptr [rbp - 13], al         # 1-byte Spill
	jbe	.LBB10_3
# %bb.2:                                #   in Loop: Header=BB10_1 Depth=1
	cmp	dword ptr [rbp - 12], 1000
	setl	al
	mov	byte ptr [rbp - 13], al         # 1-byte Spill
.LBB10_3:                               #   in Loop: Header=BB10_1 Depth=1
	mov	al, byte ptr [rbp - 13]         # 1-byte Reload
	test	al, 1
	jne	.LBB10_4
	jmp	.LBB10_8
.LBB10_4:                               #   in Loop: Header=BB10_1 Depth=1
	mov	rax, qword ptr [rbp - 8]
	and	rax, 1
	cmp	rax, 0
	je	.LBB10_6
# %bb.5:                                #   in Loop: Header=BB10_1 Depth=1
	imul	rax, qword ptr [rbp - 8], 3
	add	rax, 1
	mov	qword ptr [rbp - 24], rax       # 8-byte Spill
	jmp	.LBB10_7
.LBB10_6:                               #   in Loop: Header=BB10_1 Depth=1
	mov	rax, qword ptr [rbp - 8]
	shr	rax, 1
	mov	qword ptr [rbp - 24], rax       # 8-byte Spill
.LBB10_7:                               #   in Loop: Header=BB10_1 Depth=1
	mov	rax, qword ptr [rbp - 24]       # 8-byte Reload
	mov	qword ptr [rbp - 8], rax
	mov	eax, dword ptr [rbp - 12]
	add	eax, 1
	mov	dword ptr [rbp - 12], eax
	jmp	.LBB10_1
.LBB10_8:
	mov	eax, dword ptr [rbp - 12]
	pop	rbp
	ret
.Lfunc_end10:
	.size	collatz_steps, .Lfunc_end10-collatz_steps
                                        # -- End function
	.globl	door_lock                       # -- Begin function door_lock
	.p2align	4, 0x90
	.type	door_lock,@function
door_lock:                              # @door_lock
# %bb.0:
	push	rbp
	mov	rbp, rsp
	mov	qword ptr [rbp - 8], rdi
	mov	dword ptr [rbp - 12], 0
	mov	dword ptr [rbp - 16], 0
.LBB11_1:                               # =>This Inner Loop Header: Depth=1
	mov	rax, qword ptr [rbp - 8]
	cmp	byte ptr [rax], 0
	je	.LBB11_9
# %bb.2:                                #   in Loop: Header=BB11_1 Depth=1
	mov	rax, qword ptr [rbp - 8]
	movsx	eax, byte ptr [rax]
	movsxd	rdx, dword ptr [rbp - 12]
	lea	rcx, [rip + door_lock.code]
	movsx	ecx, byte ptr [rcx + rdx]
	cmp	eax, ecx
	jne	.LBB11_6
# %bb.3:                                #   in Loop: Header=BB11_1 Depth=1
	mov	eax, dword ptr [rbp - 12]
	add	eax, 1
	mov	dword ptr [rbp - 12], eax
	cmp	eax, 4
	jne	.LBB11_5
# %bb.4:                                #   in Loop: Header=BB11_1 Depth=1
	mov	eax, dword ptr [rbp - 16]
	add	eax, 1
	mov	dword ptr [rbp - 16], eax
	mov	dword ptr [rbp - 12], 0
.LBB11_5:                               #   in Loop: Header=BB11_1 Depth=1
	jmp	.LBB11_7
.LBB11_6:                               #   in Loop: Header=BB11_1 Depth=1
	mov	rax, qword ptr [rbp - 8]
	movsx	edx, byte ptr [rax]
	movsx	esi, byte ptr [rip + door_lock.code]
	xor	eax, eax
	mov	ecx, 1
	cmp	edx, esi
	cmove	eax, ecx
	mov	dword ptr [rbp - 12], eax
.LBB11_7:                               #   in Loop: Header=BB11_1 Depth=1
	jmp	.LBB11_8
.LBB11_8:                               #   in Loop: Header=BB11_1 Depth=1
	mov	rax, qword ptr [rbp - 8]
	add	rax, 1
	mov	qword ptr [rbp - 8], rax
	jmp	.LBB11_1
.LBB11_9:
	mov	eax, dword ptr [rbp - 16]
	pop	rbp
	ret
.Lfunc_end11:
	.size	door_lock, .Lfunc_end11-door_lock
                                        # -- End function
	.globl	count_lines                     # -- Begin function count_lines
	.p2align	4, 0x90
	.type	count_lines,@function
count_lines:                            # @count_lines
# %bb.0:
	push	rbp
	mov	rbp, rsp
	mov	qword ptr [rbp - 8], rdi
	mov	dword ptr [rbp - 12], 0
	mov	dword ptr [rbp - 16], 0
.LBB12_1:                               # =>This Inner Loop Header: Depth=1
	mov	rax, qword ptr [rbp - 8]
	cmp	byte ptr [rax], 0
	je	.LBB12_6
# %bb.2:                                #   in Loop: Header=BB12_1 Depth=1
	mov	dword ptr [rbp - 16], 1
	mov	rax, qword ptr [rbp - 8]
	movsx	eax, byte ptr [rax]
	cmp	eax, 10
	jne	.LBB12_4
# %bb.3:                                #   in Loop: Header=BB12_1 Depth=1
	mov	eax, dword ptr [rbp - 12]
	add	eax, 1
	mov	dword ptr [rbp - 12], eax
.LBB12_4:                               #   in Loop: Header=BB12_1 Depth=1
	jmp	.LBB12_5
.LBB12_5:                               #   in Loop: Header=BB12_1 Depth=1
	mov	rax, qword ptr [rbp - 8]
	add	rax, 1
	mov	qword ptr [rbp - 8], rax
	jmp	.LBB12_1
.LBB12_6:
	mov	eax, dword ptr [rbp - 12]
	mov	dword ptr [rbp - 24], eax       # 4-byte Spill
	xor	eax, eax
                                        # kill: def $al killed $al killed $eax
	cmp	dword ptr [rbp - 16], 0
	mov	byte ptr [rbp - 17], al         # 1-byte Spill
	je	.LBB12_8
# %bb.7:
	mov	rax, qword ptr [rbp - 8]
	movsx	eax, byte ptr [rax - 1]
	cmp	eax, 10
	setne	al
	mov	byte ptr [rbp - 17], al         # 1-byte Spill
.LBB12_8:
	mov	eax, dword ptr [rbp - 24]       # 4-byte Reload
	mov	cl, byte ptr [rbp - 17]         # 1-byte Reload
	and	cl, 1
	movzx	ecx, cl
	add	eax, ecx
	pop	rbp
	ret
.Lfunc_end12:
	.size	count_lines, .Lfunc_end12-count_lines
                                        # -- End function
	.globl	keypad_walk                     # -- Begin function keypad_walk
	.p2align	4, 0x90
	.type	keypad_walk,@function
keypad_walk:                            # @keypad_walk
# %bb.0:
	push	rbp
	mov	rbp, rsp
	mov	qword ptr [rbp - 8], rdi
	mov	dword ptr [rbp - 12], 1
	mov	dword ptr [rbp - 16], 1
.LBB13_1:                               # =>This Inner Loop Header: Depth=1
	mov	rax, qword ptr [rbp - 8]
	cmp	byte ptr [rax], 0
	je	.LBB13_17
# %bb.2:                                #   in Loop: Header=BB13_1 Depth=1
	mov	rax, qword ptr [rbp - 8]
	movsx	eax, byte ptr [rax]
	add	eax, -68
	mov	ecx, eax
	mov	qword ptr [rbp - 24], rcx       # 8-byte Spill
	sub	eax, 17
	ja	.LBB13_15
# %bb.18:                               #   in Loop: Header=BB13_1 Depth=1
	mov	rax, qword ptr [rbp - 24]       # 8-byte Reload
	lea	rcx, [rip + .LJTI13_0]
	movsxd	rax, dword ptr [rcx + 4*rax]
	add	rax, rcx
	jmp	rax
.LBB13_3:                               #   in Loop: Header=BB13_1 Depth=1
	cmp	dword ptr [rbp - 12], 0
	jle	.LBB13_5
# %bb.4:                                #   in Loop: Header=BB13_1 Depth=1
	mov	eax, dword ptr [rbp - 12]
	add	eax, -1
	mov	dword ptr [rbp - 12], eax
.LBB13_5:                               #   in Loop: Header=BB13_1 Depth=1
	jmp	.LBB13_15
.LBB13_6:                               #   in Loop: Header=BB13_1 Depth=1
	cmp	dword ptr [rbp - 12], 2
	jge	.LBB13_8
# %bb.7:                                #   in Loop: Header=BB13_1 Depth=1
	mov	eax, dword ptr [rbp - 12]
	add	eax, 1
	mov	dword ptr [rbp - 12], eax
.LBB13_8:                               #   in Loop: Header=BB13_1 Depth=1
	jmp	.LBB13_15
.LBB13_9:                               #   in Loop: Header=BB13_1 Depth=1
	cmp	dword ptr [rbp - 16], 0
	jle	.LBB13_11
# %bb.10:                               #   in Loop: Header=BB13_1 Depth=1
	mov	eax, dword ptr [rbp - 16]
	add	eax, -1
	mov	dword ptr [rbp - 16], eax
.LBB13_11:                              #   in Loop: Header=BB13_1 Depth=1
	jmp	.LBB13_15
.LBB13_12:                              #   in Loop: Header=BB13_1 Depth=1
	cmp	dword ptr [rbp - 16], 2
	jge	.LBB13_14
# %bb.13:                               #   in Loop: Header=BB13_1 Depth=1
	mov	eax, dword ptr [rbp - 16]
	add	eax, 1
	mov	dword ptr [rbp - 16], eax
.LBB13_14:                              #   in Loop: Header=BB13_1 Depth=1
	jmp	.LBB13_15
.LBB13_15:                              #   in Loop: Header=BB13_1 Depth=1
	jmp	.LBB13_16
.LBB13_16:                              #   in Loop: Header=BB13_1 Depth=1
	mov	rax, qword ptr [rbp - 8]
	add	rax, 1
	mov	qword ptr [rbp - 8], rax
	jmp	.LBB13_1
.LBB13_17:
	imul	eax, dword ptr [rbp - 12], 3
	add	eax, dword ptr [rbp - 16]
	add	eax, 1
	pop	rbp
	ret
.Lfunc_end13:
	.size	keypad_walk, .Lfunc_end13-keypad_walk
	.section	.rodata,"a",@progbits
	.p2align	2
.LJTI13_0:
	.long	.LBB13_6-.LJTI13_0
	.long	.LBB13_15-.LJTI13_0
	.long	.LBB13_15-.LJTI13_0
	.long	.LBB13_15-.LJTI13_0
	.long	.LBB13_15-.LJTI13_0
	.long	.LBB13_15-.LJTI13_0
	.long	.LBB13_15-.LJTI13_0
	.long	.LBB13_15-.LJTI13_0
	.long	.LBB13_9-.LJTI13_0
	.long	.LBB13_15-.LJTI13_0
	.long	.LBB13_15-.LJTI13_0
	.long	.LBB13_15-.LJTI13_0
	.long	.LBB13_15-.LJTI13_0
	.long	.LBB13_15-.LJTI13_0
	.long	.LBB13_12-.LJTI13_0
	.long	.LBB13_15-.LJTI13_0
	.long	.LBB13_15-.LJTI13_0
	.long	.LBB13_3-.LJTI13_0
                                        # -- End function
	.text
	.globl	base64_value                    # -- Begin function base64_value
	.p2align	4, 0x90
	.type	base64_value,@function
base64_value:                           # @base64_value
# %bb.0:
	push	rbp
	mov	rbp, rsp
	mov	dword ptr [rbp - 8], edi
	cmp	dword ptr [rbp - 8], 65
	jl	.LBB14_3
# %bb.1:
	cmp	dword ptr [rbp - 8], 90
	jg	.LBB14_3
# %bb.2:
	mov	eax, dword ptr [rbp - 8]
	sub	eax, 65
	mov	dword ptr [rbp - 4], eax
	jmp	.LBB14_13
.LBB14_3:
	cmp	dword ptr [rbp - 8], 97
	jl	.LBB14_6
# %bb.4:
	cmp	dword ptr [rbp - 8], 122
	jg	.LBB14_6
# %bb.5:
	mov	eax, dword ptr [rbp - 8]
	sub	eax, 97
	add	eax, 26
	mov	dword ptr [rbp - 4], eax
	jmp	.LBB14_13
.LBB14_6:
	cmp	dword ptr [rbp - 8], 48
	jl	.LBB14_9
# %bb.7:
	cmp	dword ptr [rbp - 8], 57
	jg	.LBB14_9
# %bb.8:
	mov	eax, dword ptr [rbp - 8]
	sub	eax, 48
	add	eax, 52
	mov	dword ptr [rbp - 4], eax
	jmp	.LBB14_13
.LBB14_9:
	cmp	dword ptr [rbp - 8], 43
	jne	.LBB14_11
# %bb.10:
	mov	eax, 62
	mov	dword ptr [rbp - 12], eax       # 4-byte Spill
	jmp	.LBB14_12
.LBB14_11:
	mov	edx, dword ptr [rbp - 8]
	mov	eax, 4294967295
	mov	ecx, 63
	cmp	edx, 47
	cmove	eax, ecx
	mov	dword ptr [rbp - 12], eax       # 4-byte Spill
.LBB14_12:
	mov	eax, dword ptr [rbp - 12]       # 4-byte Reload
	mov	dword ptr [rbp - 4], eax
.LBB14_13:
	mov	eax, dword ptr [rbp - 4]
	pop	rbp
	ret
.Lfunc_end14:
	.size	base64_value, .Lfunc_end14-base64_value
                                        # -- End function
	.type	door_lock.code,@object          # @door_lock.code
	.section	.rodata,"a",@progbits
door_lock.code:
	.asciz	"4711"
	.size	door_lock.code, 5

	.ident	"Debian clang version 14.0.6"
	.section	".note.GNU-stack","",@progbits
