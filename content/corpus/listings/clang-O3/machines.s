	.text
	.intel_syntax noprefix
	.file	"machines.c"
	.globl	count_numbers                   # -- Begin function count_numbers
	.p2align	4, 0x90
	.type	count_numbers,@function
count_numbers:                          # @count_numbers
# %bb.0:
	mov	dl, byte ptr [rdi]
	test	dl, dl
	je	.LBB0_1
# %bb.2:
	add	rdi, 1
	xor	eax, eax
	mov	r8d, 1
	xor	ecx, ecx
	.p2align	4, 0x90
.LBB0_3:                                # =>This Inner Loop Header: Depth=1
	add	dl, -48
	test	ecx, ecx
	sete	r9b
	cmp	dl, 10
	setb	dl
	mov	esi, 0
	cmovb	esi, ecx
	and	dl, r9b
	cmp	ecx, 1
	cmovne	esi, ecx
	test	dl, dl
	cmovne	esi, r8d
	movzx	ecx, dl
	add	eax, ecx
	movzx	edx, byte ptr [rdi]
	add	rdi, 1
	mov	ecx, esi
	test	dl, dl
	jne	.LBB0_3
# %bb.4:
	ret
.LBB0_1:
	xor	eax, eax
	ret
.Lfunc_end0:
	.size	count_numbers, .Lfunc_end0-count_numbers
                                        # -- End function
	.globl	balanced_parens                 # -- Begin function balanced_parens
	.p2align	4, 0x90
	.type	balanced_parens,@function
balanced_parens:                        # @balanced_parens
# %bb.0:
	xor	ecx, ecx
	mov	al, byte ptr [rdi]
	cmp	al, 40
	jne	.LBB1_2
	.p2align	4, 0x90
.LBB1_9:
	add	ecx, 1
.LBB1_10:
	add	rdi, 1
	mov	al, byte ptr [rdi]
	cmp	al, 40
	je	.LBB1_9
.LBB1_2:                                # =>This Inner Loop Header: Depth=1
	cmp	al, 41
	je	.LBB1_6
# %bb.3:
	test	al, al
	jne	.LBB1_10
	jmp	.LBB1_4
	.p2align	4, 0x90
.LBB1_6:                                #   in Loop: Header=BB1_2 Depth=1
	test	ecx, ecx
	jle	.LBB1_8
# %bb.7:                                #   in Loop: Header=BB1_2 Depth=1
	add	ecx, -1
	add	rdi, 1
	movzx	eax, byte ptr [rdi]
	cmp	al, 40
	jne	.LBB1_2
	jmp	.LBB1_9
.LBB1_4:
	xor	eax, eax
	test	ecx, ecx
	sete	al
	ret
.LBB1_8:
	xor	eax, eax
	ret
.Lfunc_end1:
	.size	balanced_parens, .Lfunc_end1-balanced_parens
                                        # -- End function
	.globl	matches_ab                      # -- Begin function matches_ab
	.p2align	4, 0x90
	.type	matches_ab,@function
matches_ab:                             # @matches_ab
# %bb.0:
	mov	cl, byte ptr [rdi]
	test	cl, cl
	je	.LBB2_1
# %bb.2:
	add	rdi, 1
	xor	eax, eax
	jmp	.LBB2_3
	.p2align	4, 0x90
.LBB2_10:                               #   in Loop: Header=BB2_3 Depth=1
	mov	eax, 1
	cmp	cl, 98
	jne	.LBB2_11
.LBB2_8:                                #   in Loop: Header=BB2_3 Depth=1
	movzx	ecx, byte ptr [rdi]
	add	rdi, 1
	test	cl, cl
	je	.LBB2_9
.LBB2_3:                                # =>This Inner Loop Header: Depth=1
	cmp	eax, 1
	je	.LBB2_10
# %bb.4:                                #   in Loop: Header=BB2_3 Depth=1
	test	eax, eax
	jne	.LBB2_8
# %bb.5:                                #   in Loop: Header=BB2_3 Depth=1
	xor	eax, eax
	cmp	cl, 97
	je	.LBB2_8
# %bb.6:                                #   in Loop: Header=BB2_3 Depth=1
	cmp	cl, 98
	jne	.LBB2_12
# %bb.7:                                #   in Loop: Header=BB2_3 Depth=1
	mov	eax, 1
	jmp	.LBB2_8
.LBB2_1:
	xor	eax, eax
.LBB2_9:
	xor	ecx, ecx
	cmp	eax, 1
	sete	cl
	mov	eax, ecx
	ret
.LBB2_11:
	xor	eax, eax
.LBB2_12:
	ret
.Lfunc_end2:
	.size	matches_ab, .Lfunc_end2-matches_ab
                                        # -- End function
	.globl	comment_chars                   # -- Begin function comment_chars
	.p2align	4, 0x90
	.type	comment_chars,@function
comment_chars:                          # @comment_chars
# %bb.0:
	mov	dl, byte ptr [rdi]
	test	dl, dl
	je	.LBB3_1
# %bb.2:
	add	rdi, 1
	xor	eax, eax
	lea	r9, [rip + .LJTI3_0]
	mov	r8d, 2
	xor	esi, esi
	jmp	.LBB3_3
	.p2align	4, 0x90
.LBB3_7:                                #   in Loop: Header=BB3_3 Depth=1
	xor	ecx, ecx
	xor	esi, esi
	cmp	dl, 42
	setne	cl
	sete	sil
	or	esi, 2
	add	eax, ecx
	.p2align	4, 0x90
.LBB3_12:                               #   in Loop: Header=BB3_3 Depth=1
	movzx	edx, byte ptr [rdi]
	add	rdi, 1
	test	dl, dl
	je	.LBB3_13
.LBB3_3:                                # =>This Inner Loop Header: Depth=1
	cmp	esi, 3
	ja	.LBB3_12
# %bb.4:                                #   in Loop: Header=BB3_3 Depth=1
	mov	esi, esi
	movsxd	rsi, dword ptr [r9 + 4*rsi]
	add	rsi, r9
	jmp	rsi
.LBB3_5:                                #   in Loop: Header=BB3_3 Depth=1
	xor	esi, esi
	cmp	dl, 47
	sete	sil
	jmp	.LBB3_12
	.p2align	4, 0x90
.LBB3_6:                                #   in Loop: Header=BB3_3 Depth=1
	xor	esi, esi
	cmp	dl, 47
	sete	sil
	cmp	dl, 42
	cmove	esi, r8d
	jmp	.LBB3_12
	.p2align	4, 0x90
.LBB3_8:                                #   in Loop: Header=BB3_3 Depth=1
	cmp	dl, 42
	je	.LBB3_11
# %bb.9:                                #   in Loop: Header=BB3_3 Depth=1
	xor	esi, esi
	cmp	dl, 47
	je	.LBB3_12
# %bb.10:                               #   in Loop: Header=BB3_3 Depth=1
	add	eax, 2
	mov	esi, 2
	jmp	.LBB3_12
.LBB3_11:                               #   in Loop: Header=BB3_3 Depth=1
	add	eax, 1
	mov	esi, 3
	jmp	.LBB3_12
.LBB3_13:
	ret
.LBB3_1:
	xor	eax, eax
	ret
.Lfunc_end3:
	.size	comment_chars, .Lfunc_end3-comment_chars
	.section	.rodata,"a",@progbits
	.p2align	2
.LJTI3_0:
	.long	.LBB3_5-.LJTI3_0
	.long	.LBB3_6-.LJTI3_0
	.long	.LBB3_7-.LJTI3_0
	.long	.LBB3_8-.LJTI3_0
                                        # -- End function
	.text
	.globl	rle_length                      # -- Begin function rle_length
	.p2align	4, 0x90
	.type	rle_length,@function
rle_length:                             # @rle_length
# %bb.0:
	mov	cl, byte ptr [rdi]
	xor	eax, eax
	jmp	.LBB4_1
	.p2align	4, 0x90
.LBB4_5:                                #   in Loop: Header=BB4_1 Depth=1
	add	eax, 2
	add	rdi, rdx
.LBB4_1:                                # =>This Loop Header: Depth=1
                                        #     Child Loop BB4_3 Depth 2
	test	cl, cl
	je	.LBB4_6
# %bb.2:                                #   in Loop: Header=BB4_1 Depth=1
	mov	r8d, ecx
	xor	esi, esi
	.p2align	4, 0x90
.LBB4_3:                                #   Parent Loop BB4_1 Depth=1
                                        # =>  This Inner Loop Header: Depth=2
	movzx	ecx, byte ptr [rdi + rsi + 1]
	lea	rdx, [rsi + 1]
	cmp	cl, r8b
	jne	.LBB4_5
# %bb.4:                                #   in Loop: Header=BB4_3 Depth=2
	cmp	esi, 8
	mov	rsi, rdx
	jb	.LBB4_3
	jmp	.LBB4_5
.LBB4_6:
                                        # kill: def $eax killed $eax killed $rax
	ret
.Lfunc_end4:
	.size	rle_length, .Lfunc_end4-rle_length
                                        # -- End function
	.globl	traffic_light                   # -- Begin function traffic_light
	.p2align	4, 0x90
	.type	traffic_light,@function
traffic_light:                          # @traffic_light
# %bb.0:
                                        # kill: def $esi killed $esi def $rsi
	mov	eax, edi
	test	esi, esi
	jle	.LBB5_6
# %bb.1:
	lea	edx, [rsi - 1]
	mov	ecx, esi
	and	ecx, 3
	cmp	edx, 3
	jae	.LBB5_7
# %bb.2:
	mov	edx, eax
	jmp	.LBB5_3
.LBB5_7:
	and	esi, -4
	mov	edi, 1
	.p2align	4, 0x90
.LBB5_8:                                # =>This Inner Loop Header: Depth=1
	xor	edx, edx
	cmp	eax, 1
	sete	dl
	add	edx, edx
	test	eax, eax
	cmove	edx, edi
	mov	eax, edx
	add	esi, -4
	jne	.LBB5_8
.LBB5_3:
	mov	eax, edx
	test	ecx, ecx
	je	.LBB5_6
# %bb.4:
	mov	esi, 1
	.p2align	4, 0x90
.LBB5_5:                                # =>This Inner Loop Header: Depth=1
	xor	eax, eax
	cmp	edx, 1
	sete	al
	add	eax, eax
	test	edx, edx
	cmove	eax, esi
	mov	edx, eax
	add	ecx, -1
	jne	.LBB5_5
.LBB5_6:
	ret
.Lfunc_end5:
	.size	traffic_light, .Lfunc_end5-traffic_light
                                        # -- End function
	.globl	vending                         # -- Begin function vending
	.p2align	4, 0x90
	.type	vending,@function
vending:                                # @vending
# %bb.0:
	mov	cl, byte ptr [rdi]
	test	cl, cl
	je	.LBB6_1
# %bb.2:
	add	rdi, 1
	xor	eax, eax
	lea	r8, [rip + .LJTI6_0]
	xor	edx, edx
	jmp	.LBB6_3
	.p2align	4, 0x90
.LBB6_8:                                #   in Loop: Header=BB6_3 Depth=1
	xor	edx, edx
	.p2align	4, 0x90
.LBB6_9:                                #   in Loop: Header=BB6_3 Depth=1
	mov	ecx, edx
	lea	edx, [rcx - 35]
	xor	esi, esi
	cmp	ecx, 35
	setge	sil
	cmovl	edx, ecx
	add	eax, esi
	movzx	ecx, byte ptr [rdi]
	add	rdi, 1
	test	cl, cl
	je	.LBB6_10
.LBB6_3:                                # =>This Inner Loop Header: Depth=1
	movsx	ecx, cl
	add	ecx, -100
	cmp	ecx, 14
	ja	.LBB6_9
# %bb.4:                                #   in Loop: Header=BB6_3 Depth=1
	movsxd	rcx, dword ptr [r8 + 4*rcx]
	add	rcx, r8
	jmp	rcx
.LBB6_6:                                #   in Loop: Header=BB6_3 Depth=1
	add	edx, 10
	jmp	.LBB6_9
	.p2align	4, 0x90
.LBB6_5:                                #   in Loop: Header=BB6_3 Depth=1
	add	edx, 5
	jmp	.LBB6_9
	.p2align	4, 0x90
.LBB6_7:                                #   in Loop: Header=BB6_3 Depth=1
	add	edx, 25
	jmp	.LBB6_9
.LBB6_10:
	imul	eax, eax, 100
	add	eax, edx
	ret
.LBB6_1:
	xor	eax, eax
	ret
.Lfunc_end6:
	.size	vending, .Lfunc_end6-vending
	.section	.rodata,"a",@progbits
	.p2align	2
.LJTI6_0:
	.long	.LBB6_6-.LJTI6_0
	.long	.LBB6_9-.LJTI6_0
	.long	.LBB6_9-.LJTI6_0
	.long	.LBB6_9-.LJTI6_0
	.long	.LBB6_9-.LJTI6_0
	.long	.LBB6_9-.LJTI6_0
	.long	.LBB6_9-.LJTI6_0
	.long	.LBB6_9-.LJTI6_0
	.long	.LBB6_9-.LJTI6_0
	.long	.LBB6_9-.LJTI6_0
	.long	.LBB6_5-.LJTI6_0
	.long	.LBB6_9-.LJTI6_0
	.long	.LBB6_9-.LJTI6_0
	.long	.LBB6_7-.LJTI6_0
	.long	.LBB6_8-.LJTI6_0
                                        # -- End function
	.text
	.globl	parse_signed                    # -- Begin function parse_signed
	.p2align	4, 0x90
	.type	parse_signed,@function
parse_signed:                           # @parse_signed
# %bb.0:
	mov	dl, byte ptr [rdi]
	xor	ecx, ecx
	test	dl, dl
	je	.LBB7_1
# %bb.2:
	add	rdi, 1
	xor	eax, eax
	xor	esi, esi
	jmp	.LBB7_3
	.p2align	4, 0x90
.LBB7_9:                                #   in Loop: Header=BB7_3 Depth=1
	lea	esi, [rdx - 58]
	cmp	sil, -10
	jb	.LBB7_13
# %bb.10:                               #   in Loop: Header=BB7_3 Depth=1
	lea	rax, [rax + 4*rax]
	movzx	edx, dl
	add	edx, -48
	lea	rax, [rdx + 2*rax]
.LBB7_11:                               #   in Loop: Header=BB7_3 Depth=1
	mov	esi, 1
.LBB7_12:                               #   in Loop: Header=BB7_3 Depth=1
	movzx	edx, byte ptr [rdi]
	add	rdi, 1
	test	dl, dl
	je	.LBB7_13
.LBB7_3:                                # =>This Inner Loop Header: Depth=1
	test	esi, esi
	jne	.LBB7_9
# %bb.4:                                #   in Loop: Header=BB7_3 Depth=1
	cmp	dl, 32
	je	.LBB7_5
# %bb.6:                                #   in Loop: Header=BB7_3 Depth=1
	cmp	dl, 43
	je	.LBB7_11
# %bb.7:                                #   in Loop: Header=BB7_3 Depth=1
	cmp	dl, 45
	jne	.LBB7_9
# %bb.8:                                #   in Loop: Header=BB7_3 Depth=1
	mov	esi, 1
	mov	ecx, 1
	jmp	.LBB7_12
.LBB7_5:                                #   in Loop: Header=BB7_3 Depth=1
	xor	esi, esi
	jmp	.LBB7_12
.LBB7_13:
	test	ecx, ecx
	je	.LBB7_15
# %bb.14:
	neg	rax
.LBB7_15:
	ret
.LBB7_1:
	xor	eax, eax
	ret
.Lfunc_end7:
	.size	parse_signed, .Lfunc_end7-parse_signed
                                        # -- End function
	.globl	csv_fields                      # -- Begin function csv_fields
	.p2align	4, 0x90
	.type	csv_fields,@function
csv_fields:                             # @csv_fields
# %bb.0:
	xor	esi, esi
	mov	eax, 1
	mov	dl, byte ptr [rdi]
	cmp	dl, 34
	jne	.LBB8_2
	.p2align	4, 0x90
.LBB8_7:                                # =>This Inner Loop Header: Depth=1
	xor	edx, edx
	test	esi, esi
	sete	dl
	add	rdi, 1
	mov	esi, edx
	movzx	edx, byte ptr [rdi]
	cmp	dl, 34
	je	.LBB8_7
.LBB8_2:                                # =>This Inner Loop Header: Depth=1
	test	dl, dl
	je	.LBB8_6
# %bb.3:                                #   in Loop: Header=BB8_2 Depth=1
	cmp	dl, 44
	setne	cl
	test	esi, esi
	setne	dl
	or	dl, cl
	mov	ecx, edx
	xor	cl, 1
	test	dl, dl
	jne	.LBB8_5
# %bb.4:                                #   in Loop: Header=BB8_2 Depth=1
	xor	esi, esi
.LBB8_5:                                #   in Loop: Header=BB8_2 Depth=1
	movzx	ecx, cl
	add	eax, ecx
	add	rdi, 1
	movzx	edx, byte ptr [rdi]
	cmp	dl, 34
	jne	.LBB8_2
	jmp	.LBB8_7
.LBB8_6:
	ret
.Lfunc_end8:
	.size	csv_fields, .Lfunc_end8-csv_fields
                                        # -- End function
	.globl	utf8_count                      # -- Begin function utf8_count
	.p2align	4, 0x90
	.type	utf8_count,@function
utf8_count:                             # @utf8_count
# %bb.0:
	mov	cl, byte ptr [rdi]
	test	cl, cl
	je	.LBB9_1
# %bb.2:
	add	rdi, 1
	xor	eax, eax
	.p2align	4, 0x90
.LBB9_3:                                # =>This Inner Loop Header: Depth=1
	and	cl, -64
	xor	edx, edx
	cmp	cl, -128
	setne	dl
	add	eax, edx
	movzx	ecx, byte ptr [rdi]
	add	rdi, 1
	test	cl, cl
	jne	.LBB9_3
# %bb.4:
	ret
.LBB9_1:
	xor	eax, eax
	ret
.Lfunc_end9:
	.size	utf8_count, .Lfunc_end9-utf8_count
                                        # -- End function
	.globl	collatz_steps                   # -- Begin function collatz_steps
	.p2align	4, 0x90
	.type	collatz_steps,@function
collatz_steps:                          # @collatz_steps
# %bb.0:
	xor	eax, eax
	cmp	rdi, 2
	jb	.LBB10_4
# %bb.1:
	xor	ecx, ecx
	.p2align	4, 0x90
.LBB10_2:                               # =>This Inner Loop Header: Depth=1
	mov	rax, rdi
	shr	rax
	test	dil, 1
	lea	rdi, [rdi + 2*rdi + 1]
	cmove	rdi, rax
	lea	eax, [rcx + 1]
	cmp	rdi, 2
	jb	.LBB10_4
# %bb.3:                                #   in Loop: Header=BB10_2 Depth=1
	cmp	ecx, 999
	mov	ecx, eax
	jb	.LBB10_2
.LBB10_4:
	ret
.Lfunc_end10:
	.size	collatz_steps, .Lfunc_end10-collatz_steps
                                        # -- End function
	.globl	door_lock                       # -- Begin function door_lock
	.p2align	4, 0x90
	.type	door_lock,@function
door_lock:                              # @door_lock
# %bb.0:
	mov	cl, byte ptr [rdi]
	test	cl, cl
	je	.LBB11_1
# %bb.2:
	add	rdi, 1
	xor	r8d, r8d
	lea	r9, [rip + door_lock.code]
	xor	eax, eax
	xor	esi, esi
	jmp	.LBB11_3
	.p2align	4, 0x90
.LBB11_5:                               #   in Loop: Header=BB11_3 Depth=1
	xor	esi, esi
	cmp	cl, 52
	sete	sil
	movzx	ecx, byte ptr [rdi]
	add	rdi, 1
	test	cl, cl
	je	.LBB11_7
.LBB11_3:                               # =>This Inner Loop Header: Depth=1
	movsxd	rdx, esi
	cmp	cl, byte ptr [rdx + r9]
	jne	.LBB11_5
# %bb.4:                                #   in Loop: Header=BB11_3 Depth=1
	add	esi, 1
	xor	ecx, ecx
	cmp	esi, 4
	sete	cl
	cmove	esi, r8d
	add	eax, ecx
	movzx	ecx, byte ptr [rdi]
	add	rdi, 1
	test	cl, cl
	jne	.LBB11_3
.LBB11_7:
	ret
.LBB11_1:
	xor	eax, eax
	ret
.Lfunc_end11:
	.size	door_lock, .Lfunc_end11-door_lock
                                        # -- End function
	.globl	count_lines                     # -- Begin function count_lines
	.p2align	4, 0x90
	.type	count_lines,@function
count_lines:                            # @count_lines
# %bb.0:
	mov	dl, 1
	xor	ecx, ecx
	jmp	.LBB12_1
	.p2align	4, 0x90
.LBB12_6:                               #   in Loop: Header=BB12_1 Depth=1
	add	ecx, 1
.LBB12_7:                               #   in Loop: Header=BB12_1 Depth=1
	add	rdi, 1
	xor	edx, edx
.LBB12_1:                               # =>This Inner Loop Header: Depth=1
	movzx	eax, byte ptr [rdi]
	cmp	al, 10
	je	.LBB12_6
# %bb.2:                                #   in Loop: Header=BB12_1 Depth=1
	test	al, al
	jne	.LBB12_7
# %bb.3:
	xor	eax, eax
	test	dl, 1
	jne	.LBB12_5
# %bb.4:
	xor	eax, eax
	cmp	byte ptr [rdi - 1], 10
	setne	al
.LBB12_5:
	add	eax, ecx
	ret
.Lfunc_end12:
	.size	count_lines, .Lfunc_end12-count_lines
                                        # -- End function
	.globl	keypad_walk                     # -- Begin function keypad_walk
	.p2align	4, 0x90
	.type	keypad_walk,@function
keypad_walk:                            # @keypad_walk
# %bb.0:
	mov	cl, byte ptr [rdi]
	test	cl, cl
	je	.LBB13_1
# %bb.2:
	add	rdi, 1
	mov	eax, 1
	lea	rsi, [rip + .LJTI13_0]
	mov	r8d, 2
	xor	r9d, r9d
	mov	edx, 1
	jmp	.LBB13_3
	.p2align	4, 0x90
.LBB13_8:                               #   in Loop: Header=BB13_3 Depth=1
	cmp	eax, 2
	lea	eax, [rax + 1]
	cmovge	eax, r8d
.LBB13_9:                               #   in Loop: Header=BB13_3 Depth=1
                                        # kill: def $eax killed $eax def $rax
.LBB13_10:                              #   in Loop: Header=BB13_3 Depth=1
	movzx	ecx, byte ptr [rdi]
	add	rdi, 1
	test	cl, cl
	je	.LBB13_11
.LBB13_3:                               # =>This Inner Loop Header: Depth=1
	movsx	ecx, cl
	add	ecx, -68
	cmp	ecx, 17
	ja	.LBB13_10
# %bb.4:                                #   in Loop: Header=BB13_3 Depth=1
	movsxd	rcx, dword ptr [rsi + 4*rcx]
	add	rcx, rsi
	jmp	rcx
.LBB13_6:                               #   in Loop: Header=BB13_3 Depth=1
	cmp	edx, 2
	lea	ecx, [rdx + 1]
	cmovge	ecx, r8d
	mov	edx, ecx
	jmp	.LBB13_10
	.p2align	4, 0x90
.LBB13_7:                               #   in Loop: Header=BB13_3 Depth=1
	test	eax, eax
	lea	eax, [rax - 1]
	cmovle	eax, r9d
	jmp	.LBB13_9
	.p2align	4, 0x90
.LBB13_5:                               #   in Loop: Header=BB13_3 Depth=1
	test	edx, edx
	lea	ecx, [rdx - 1]
	cmovle	ecx, r9d
	mov	edx, ecx
	jmp	.LBB13_10
.LBB13_1:
	mov	edx, 1
	mov	eax, 1
.LBB13_11:
	lea	ecx, [rdx + 2*rdx]
	add	eax, ecx
	add	eax, 1
	ret
.Lfunc_end13:
	.size	keypad_walk, .Lfunc_end13-keypad_walk
	.section	.rodata,"a",@progbits
	.p2align	2
.LJTI13_0:
	.long	.LBB13_6-.LJTI13_0
	.long	.LBB13_10-.LJTI13_0
	.long	.LBB13_10-.LJTI13_0
	.long	.LBB13_10-.LJTI13_0
	.long	.LBB13_10-.LJTI13_0
	.long	.LBB13_10-.LJTI13_0
	.long	.LBB13_10-.LJTI13_0
	.long	.LBB13_10-.LJTI13_0
	.long	.LBB13_7-.LJTI13_0
	.long	.LBB13_10-.LJTI13_0
	.long	.LBB13_10-.LJTI13_0
	.long	.LBB13_10-.LJTI13_0
	.long	.LBB13_10-.LJTI13_0
	.long	.LBB13_10-.LJTI13_0
	.long	.LBB13_8-.LJTI13_0
	.long	.LBB13_10-.LJTI13_0
	.long	.LBB13_10-.LJTI13_0
	.long	.LBB13_5-.LJTI13_0
                                        # -- End function
	.text
	.globl	base64_value                    # -- Begin function base64_value
	.p2align	4, 0x90
	.type	base64_value,@function
base64_value:                           # @base64_value
# %bb.0:
                                        # kill: def $edi killed $edi def $rdi
	lea	eax, [rdi - 65]
	cmp	eax, 26
	jb	.LBB14_6
# %bb.1:
	lea	eax, [rdi - 97]
	cmp	eax, 25
	ja	.LBB14_3
# %bb.2:
	add	edi, -71
	mov	eax, edi
	ret
.LBB14_3:
	lea	eax, [rdi - 48]
	cmp	eax, 9
	ja	.LBB14_5
# %bb.4:
	add	edi, 4
	mov	eax, edi
	ret
.LBB14_5:
	xor	ecx, ecx
	cmp	edi, 47
	sete	cl
	shl	ecx, 6
	add	ecx, -1
	cmp	edi, 43
	mov	eax, 62
	cmovne	eax, ecx
.LBB14_6:
	ret
.Lfunc_end14:
	.size	base64_value, .Lfunc_end14-base64_value
                                        # -- End function
	.type	door_lock.code,@object          # @door_lock.code
	.section	.rodata.str1.1,"aMS",@progbits,1
door_lock.code:
	.asciz	"4711"
	.size	door_lock.code, 5

	.ident	"Debian clang version 14.0.6"
	.section	".note.GNU-stack","",@progbits
