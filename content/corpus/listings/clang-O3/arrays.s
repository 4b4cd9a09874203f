	.text
	.intel_syntax noprefix
	.file	"arrays.c"
	.globl	sum_array                       # -- Begin function sum_array
	.p2align	4, 0x90
	.type	sum_array,@function
sum_array:                              # @sum_array
# %bb.0:
	test	esi, esi
	jle	.LBB0_1
# %bb.2:
	mov	ecx, esi
	cmp	esi, 4
	jae	.LBB0_4
# %bb.3:
	xor	edx, edx
	xor	eax, eax
	jmp	.LBB0_11
.LBB0_1:
	xor	eax, eax
	ret
.LBB0_4:
	mov	edx, ecx
	and	edx, -4
	lea	rax, [rdx - 4]
	mov	r8, rax
	shr	r8, 2
	add	r8, 1
	test	rax, rax
	je	.LBB0_5
# %bb.6:
	mov	rax, r8
	and	rax, -2
	pxor	xmm0, xmm0
	xor	esi, esi
	pxor	xmm1, xmm1
	.p2align	4, 0x90
.LBB0_7:                                # =>This Inner Loop Header: Depth=1
	movq	xmm2, qword ptr [rdi + 4*rsi]   # xmm2 = mem[0],zero
	movq	xmm3, qword ptr [rdi + 4*rsi + 8] # xmm3 = mem[0],zero
	pxor	xmm4, xmm4
	pcmpgtd	xmm4, xmm2
	punpckldq	xmm2, xmm4              # xmm2 = xmm2[0],xmm4[0],xmm2[1],xmm4[1]
	paddq	xmm2, xmm0
	pxor	xmm0, xmm0
	pcmpgtd	xmm0, xmm3
	punpckldq	xmm3, xmm0              # xmm3 = xmm3[0],xmm0[0],xmm3[1],xmm0[1]
	paddq	xmm3, xmm1
	movq	xmm0, qword ptr [rdi + 4*rsi + 16] # xmm0 = mem[0],zero
	movq	xmm1, qword ptr [rdi + 4*rsi + 24] # xmm1 = mem[0],zero
	pxor	xmm4, xmm4
	pcmpgtd	xmm4, xmm0
	punpckldq	xmm0, xmm4              # xmm0 = xmm0[0],xmm4[0],xmm0[1],xmm4[1]
	paddq	xmm0, xmm2
	pxor	xmm2, xmm2
	pcmpgtd	xmm2, xmm1
	punpckldq	xmm1, xmm2              # xmm1 = xmm1[0],xmm2[0],xmm1[1],xmm2[1]
	paddq	xmm1, xmm3
	add	rsi, 8
	add	rax, -2
	jne	.LBB0_7
# %bb.8:
	test	r8b, 1
	je	.LBB0_10
.LBB0_9:
	movq	xmm2, qword ptr [rdi + 4*rsi]   # xmm2 = mem[0],zero
	movq	xmm3, qword ptr [rdi + 4*rsi + 8] # xmm3 = mem[0],zero
	pxor	xmm4, xmm4
	pxor	xmm5, xmm5
	pcmpgtd	xmm5, xmm2
	punpckldq	xmm2, xmm5              # xmm2 = xmm2[0],xmm5[0],xmm2[1],xmm5[1]
	paddq	xmm0, xmm2
	pcmpgtd	xmm4, xmm3
	punpckldq	xmm3, xmm4              # xmm3 = xmm3[0],xmm4[0],xmm3[1],xmm4[1]
	paddq	xmm1, xmm3
.LBB0_10:
	paddq	xmm0, xmm1
	pshufd	xmm1, xmm0, 238                 # xmm1 = xmm0[2,3,2,3]
	paddq	xmm1, xmm0
	movq	rax, xmm1
	cmp	rdx, rcx
	je	.LBB0_12
	.p2align	4, 0x90
.LBB0_11:                               # =>This Inner Loop Header: Depth=1
	movsxd	rsi, dword ptr [rdi + 4*rdx]
	add	rax, rsi
	add	rdx, 1
	cmp	rcx, rdx
	jne	.LBB0_11
.LBB0_12:
	ret
.LBB0_5:
	pxor	xmm0, xmm0
	xor	esi, esi
	pxor	xmm1, xmm1
	test	r8b, 1
	jne	.LBB0_9
	jmp	.LBB0_10
.Lfunc_end0:
	.size	sum_array, .Lfunc_end0-sum_array
                                        # -- End function
	.globl	max_array                       # -- Begin function max_array
	.p2align	4, 0x90
	.type	max_array,@function
max_array:                              # @max_array
# %bb.0:
	test	esi, esi
	je	.LBB1_1
# %bb.2:
	mov	eax, dword ptr [rdi]
	cmp	esi, 2
	jl	.LBB1_13
# %bb.3:
	mov	ecx, esi
	lea	r8, [rcx - 1]
	mov	edx, 1
	cmp	r8, 8
	jb	.LBB1_12
# %bb.4:
	mov	rdx, r8
	and	rdx, -8
	movd	xmm0, eax
	pshufd	xmm0, xmm0, 0                   # xmm0 = xmm0[0,0,0,0]
	lea	rax, [rdx - 8]
	mov	r9, rax
	shr	r9, 3
	add	r9, 1
	test	rax, rax
	je	.LBB1_5
# %bb.6:
	mov	rax, r9
	and	rax, -2
	mov	esi, 1
	movdqa	xmm1, xmm0
	.p2align	4, 0x90
.LBB1_7:                                # =>This Inner Loop Header: Depth=1
	movdqu	xmm2, xmmword ptr [rdi + 4*rsi]
	movdqu	xmm3, xmmword ptr [rdi + 4*rsi + 16]
	movdqu	xmm4, xmmword ptr [rdi + 4*rsi + 32]
	movdqu	xmm5, xmmword ptr [rdi + 4*rsi + 48]
	movdqa	xmm6, xmm2
	pcmpgtd	xmm6, xmm0
	pand	xmm2, xmm6
	pandn	xmm6, xmm0
	por	xmm6, xmm2
	movdqa	xmm2, xmm3
	pcmpgtd	xmm2, xmm1
	pand	xmm3, xmm2
	pandn	xmm2, xmm1
	por	xmm2, xmm3
	movdqa	xmm0, xmm4
	pcmpgtd	xmm0, xmm6
	pand	xmm4, xmm0
	pandn	xmm0, xmm6
	por	xmm0, xmm4
	movdqa	xmm1, xmm5
	pcmpgtd	xmm1, xmm2
	pand	xmm5, xmm1
	pandn	xmm1, xmm2
	por	xmm1, xmm5
	add	rsi, 16
	add	rax, -2
	jne	.LBB1_7
# %bb.8:
	test	r9b, 1
	je	.LBB1_10
.LBB1_9:
	movdqu	xmm2, xmmword ptr [rdi + 4*rsi]
	movdqu	xmm3, xmmword ptr [rdi + 4*rsi + 16]
	movdqa	xmm4, xmm2
	pcmpgtd	xmm4, xmm0
	pand	xmm2, xmm4
	pandn	xmm4, xmm0
	por	xmm4, xmm2
	movdqa	xmm2, xmm3
	pcmpgtd	xmm2, xmm1
	pand	xmm3, xmm2
	pandn	xmm2, xmm1
	por	xmm2, xmm3
	movdqa	xmm0, xmm4
	movdqa	xmm1, xmm2
.LBB1_10:
	movdqa	xmm2, xmm0
	pcmpgtd	xmm2, xmm1
	pand	xmm0, xmm2
	pandn	xmm2, xmm1
	por	xmm2, xmm0
	pshufd	xmm0, xmm2, 238                 # xmm0 = xmm2[2,3,2,3]
	movdqa	xmm1, xmm2
	pcmpgtd	xmm1, xmm0
	pand	xmm2, xmm1
	pandn	xmm1, xmm0
	por	xmm1, xmm2
	pshufd	xmm0, xmm1, 85                  # xmm0 = xmm1[1,1,1,1]
	movdqa	xmm2, xmm1
	pcmpgtd	xmm2, xmm0
	pand	xmm1, xmm2
	pandn	xmm2, xmm0
	por	xmm2, xmm1
	movd	eax, xmm2
	cmp	r8, rdx
	je	.LBB1_13
# %bb.11:
	or	rdx, 1
	.p2align	4, 0x90
.LBB1_12:                               # =>This Inner Loop Header: Depth=1
	mov	esi, dword ptr [rdi + 4*rdx]
	cmp	esi, eax
	cmovg	eax, esi
	add	rdx, 1
	cmp	rcx, rdx
	jne	.LBB1_12
.LBB1_13:
	ret
.LBB1_1:
	xor	eax, eax
	ret
.LBB1_5:
	mov	esi, 1
	movdqa	xmm1, xmm0
	test	r9b, 1
	jne	.LBB1_9
	jmp	.LBB1_10
.Lfunc_end1:
	.size	max_array, .Lfunc_end1-max_array
                                        # -- End function
	.globl	argmin                          # -- Begin function argmin
	.p2align	4, 0x90
	.type	argmin,@function
argmin:                                 # @argmin
# %bb.0:
	push	rbx
	xor	r8d, r8d
	cmp	esi, 2
	jl	.LBB2_7
# %bb.1:
	mov	eax, esi
	lea	r8, [rax - 1]
	add	rax, -2
	mov	r9d, r8d
	and	r9d, 3
	cmp	rax, 3
	jae	.LBB2_8
# %bb.2:
	xor	edx, edx
	mov	ecx, 1
.LBB2_3:
	mov	r8d, edx
	test	r9, r9
	jne	.LBB2_4
.LBB2_7:
	cmp	esi, 1
	sbb	eax, eax
	or	eax, r8d
	pop	rbx
	ret
	.p2align	4, 0x90
.LBB2_6:                                #   in Loop: Header=BB2_4 Depth=1
	add	rcx, 1
	mov	edx, r8d
	add	r9, -1
	je	.LBB2_7
.LBB2_4:                                # =>This Inner Loop Header: Depth=1
	mov	r10d, dword ptr [rdi + 4*rcx]
	movsxd	rax, edx
	mov	r8d, ecx
	cmp	r10d, dword ptr [rdi + 4*rax]
	jl	.LBB2_6
# %bb.5:                                #   in Loop: Header=BB2_4 Depth=1
	mov	r8d, edx
	jmp	.LBB2_6
.LBB2_8:
	and	r8, -4
	xor	eax, eax
	mov	ecx, 1
	xor	r10d, r10d
	jmp	.LBB2_9
	.p2align	4, 0x90
.LBB2_17:                               #   in Loop: Header=BB2_9 Depth=1
	add	rcx, 4
	add	r10, 4
	mov	eax, edx
	cmp	r10, r8
	je	.LBB2_3
.LBB2_9:                                # =>This Inner Loop Header: Depth=1
	movsxd	r11, eax
	mov	ebx, dword ptr [rdi + 4*rcx]
	mov	edx, ecx
	cmp	ebx, dword ptr [rdi + 4*r11]
	jge	.LBB2_10
# %bb.11:                               #   in Loop: Header=BB2_9 Depth=1
	mov	eax, dword ptr [rdi + 4*rcx + 4]
	movsxd	rbx, edx
	cmp	eax, dword ptr [rdi + 4*rbx]
	jl	.LBB2_12
.LBB2_13:                               #   in Loop: Header=BB2_9 Depth=1
	mov	eax, dword ptr [rdi + 4*rcx + 8]
	movsxd	rbx, edx
	cmp	eax, dword ptr [rdi + 4*rbx]
	jl	.LBB2_14
.LBB2_15:                               #   in Loop: Header=BB2_9 Depth=1
	mov	eax, dword ptr [rdi + 4*rcx + 12]
	movsxd	rbx, edx
	cmp	eax, dword ptr [rdi + 4*rbx]
	jge	.LBB2_17
	jmp	.LBB2_16
	.p2align	4, 0x90
.LBB2_10:                               #   in Loop: Header=BB2_9 Depth=1
	mov	edx, eax
	mov	eax, dword ptr [rdi + 4*rcx + 4]
	movsxd	rbx, edx
	cmp	eax, dword ptr [rdi + 4*rbx]
	jge	.LBB2_13
.LBB2_12:                               #   in Loop: Header=BB2_9 Depth=1
	lea	edx, [rcx + 1]
	mov	eax, dword ptr [rdi + 4*rcx + 8]
	movsxd	rbx, edx
	cmp	eax, dword ptr [rdi + 4*rbx]
	jge	.LBB2_15
.LBB2_14:                               #   in Loop: Header=BB2_9 Depth=1
	lea	edx, [rcx + 2]
	mov	eax, dword ptr [rdi + 4*rcx + 12]
	movsxd	rbx, edx
	cmp	eax, dword ptr [rdi + 4*rbx]
	jge	.LBB2_17
.LBB2_16:                               #   in Loop: Header=BB2_9 Depth=1
	lea	edx, [rcx + 3]
	jmp	.LBB2_17
.Lfunc_end2:
	.size	argmin, .Lfunc_end2-argmin
                                        # -- End function
	.globl	count_negative                  # -- Begin function count_negative
	.p2align	4, 0x90
	.type	count_negative,@function
count_negative:                         # @count_negative
# %bb.0:
	test	esi, esi
	jle	.LBB3_1
# %bb.2:
	mov	ecx, esi
	cmp	esi, 8
	jae	.LBB3_4
# %bb.3:
	xor	edx, edx
	xor	eax, eax
	jmp	.LBB3_11
.LBB3_1:
	xor	eax, eax
	ret
.LBB3_4:
	mov	edx, ecx
	and	edx, -8
	lea	rax, [rdx - 8]
	mov	r8, rax
	shr	r8, 3
	add	r8, 1
	test	rax, rax
	je	.LBB3_5
# %bb.6:
	mov	rax, r8
	and	rax, -2
	pxor	xmm2, xmm2
	xor	esi, esi
	pxor	xmm3, xmm3
	.p2align	4, 0x90
.LBB3_7:                                # =>This Inner Loop Header: Depth=1
	movdqu	xmm4, xmmword ptr [rdi + 4*rsi]
	movdqu	xmm5, xmmword ptr [rdi + 4*rsi + 16]
	movdqu	xmm0, xmmword ptr [rdi + 4*rsi + 32]
	movdqu	xmm1, xmmword ptr [rdi + 4*rsi + 48]
	psrld	xmm4, 31
	paddd	xmm4, xmm2
	psrld	xmm5, 31
	paddd	xmm5, xmm3
	psrld	xmm0, 31
	paddd	xmm0, xmm4
	psrld	xmm1, 31
	paddd	xmm1, xmm5
	add	rsi, 16
	movdqa	xmm2, xmm0
	movdqa	xmm3, xmm1
	add	rax, -2
	jne	.LBB3_7
# %bb.8:
	test	r8b, 1
	je	.LBB3_10
.LBB3_9:
	movdqu	xmm2, xmmword ptr [rdi + 4*rsi]
	movdqu	xmm3, xmmword ptr [rdi + 4*rsi + 16]
	psrld	xmm2, 31
	paddd	xmm0, xmm2
	psrld	xmm3, 31
	paddd	xmm1, xmm3
.LBB3_10:
	paddd	xmm0, xmm1
	pshufd	xmm1, xmm0, 238                 # xmm1 = xmm0[2,3,2,3]
	paddd	xmm1, xmm0
	pshufd	xmm0, xmm1, 85                  # xmm0 = xmm1[1,1,1,1]
	paddd	xmm0, xmm1
	movd	eax, xmm0
	cmp	rdx, rcx
	je	.LBB3_12
	.p2align	4, 0x90
.LBB3_11:                               # =>This Inner Loop Header: Depth=1
	mov	esi, dword ptr [rdi + 4*rdx]
	shr	esi, 31
	add	eax, esi
	add	rdx, 1
	cmp	rcx, rdx
	jne	.LBB3_11
.LBB3_12:
	ret
.LBB3_5:
	pxor	xmm0, xmm0
	xor	esi, esi
	pxor	xmm1, xmm1
	test	r8b, 1
	jne	.LBB3_9
	jmp	.LBB3_10
.Lfunc_end3:
	.size	count_negative, .Lfunc_end3-count_negative
                                        # -- End function
	.globl	linear_search                   # -- Begin function linear_search
	.p2align	4, 0x90
	.type	linear_search,@function
linear_search:                          # @linear_search
# %bb.0:
	mov	eax, -1
	test	esi, esi
	jle	.LBB4_5
# %bb.1:
	mov	esi, esi
	xor	ecx, ecx
	.p2align	4, 0x90
.LBB4_2:                                # =>This Inner Loop Header: Depth=1
	cmp	dword ptr [rdi + 4*rcx], edx
	je	.LBB4_4
# %bb.3:                                #   in Loop: Header=BB4_2 Depth=1
	add	rcx, 1
	cmp	rsi, rcx
	jne	.LBB4_2
.LBB4_5:
	ret
.LBB4_4:
	mov	eax, ecx
	ret
.Lfunc_end4:
	.size	linear_search, .Lfunc_end4-linear_search
                                        # -- End function
	.globl	binary_search                   # -- Begin function binary_search
	.p2align	4, 0x90
	.type	binary_search,@function
binary_search:                          # @binary_search
# %bb.0:
	mov	eax, -1
	test	esi, esi
	jle	.LBB5_8
# %bb.1:
	add	esi, -1
	xor	r8d, r8d
	jmp	.LBB5_2
	.p2align	4, 0x90
.LBB5_6:                                #   in Loop: Header=BB5_2 Depth=1
	add	r10d, -1
	mov	esi, r10d
	cmp	esi, r8d
	jl	.LBB5_8
.LBB5_2:                                # =>This Inner Loop Header: Depth=1
	mov	r9d, esi
	sub	r9d, r8d
	mov	r10d, r9d
	shr	r10d, 31
	add	r10d, r9d
	sar	r10d
	add	r10d, r8d
	movsxd	rcx, r10d
	mov	ecx, dword ptr [rdi + 4*rcx]
	cmp	ecx, edx
	je	.LBB5_3
# %bb.4:                                #   in Loop: Header=BB5_2 Depth=1
	jge	.LBB5_6
# %bb.5:                                #   in Loop: Header=BB5_2 Depth=1
	add	r10d, 1
	mov	r8d, r10d
	cmp	esi, r8d
	jge	.LBB5_2
.LBB5_8:
	ret
.LBB5_3:
	mov	eax, r10d
	ret
.Lfunc_end5:
	.size	binary_search, .Lfunc_end5-binary_search
                                        # -- End function
	.globl	lower_bound                     # -- Begin function lower_bound
	.p2align	4, 0x90
	.type	lower_bound,@function
lower_bound:                            # @lower_bound
# %bb.0:
                                        # kill: def $esi killed $esi def $rsi
	xor	eax, eax
	test	esi, esi
	jg	.LBB6_1
	jmp	.LBB6_5
	.p2align	4, 0x90
.LBB6_3:                                #   in Loop: Header=BB6_1 Depth=1
	mov	esi, r8d
	cmp	eax, esi
	jge	.LBB6_5
.LBB6_1:                                # =>This Inner Loop Header: Depth=1
	lea	r8d, [rax + rsi]
	sar	r8d
	movsxd	rcx, r8d
	cmp	dword ptr [rdi + 4*rcx], edx
	jge	.LBB6_3
# %bb.2:                                #   in Loop: Header=BB6_1 Depth=1
	add	r8d, 1
	mov	eax, r8d
	cmp	eax, esi
	jl	.LBB6_1
.LBB6_5:
                                        # kill: def $eax killed $eax killed $rax
	ret
.Lfunc_end6:
	.size	lower_bound, .Lfunc_end6-lower_bound
                                        # -- End function
	.globl	is_sorted                       # -- Begin function is_sorted
	.p2align	4, 0x90
	.type	is_sorted,@function
is_sorted:                              # @is_sorted
# %bb.0:
	mov	eax, 1
	cmp	esi, 2
	jl	.LBB7_6
# %bb.1:
	mov	edx, dword ptr [rdi + 4]
	xor	eax, eax
	cmp	dword ptr [rdi], edx
	jg	.LBB7_6
# %bb.2:
	mov	r8d, esi
	mov	eax, 2
	.p2align	4, 0x90
.LBB7_3:                                # =>This Inner Loop Header: Depth=1
	mov	rsi, rax
	cmp	r8, rax
	je	.LBB7_5
# %bb.4:                                #   in Loop: Header=BB7_3 Depth=1
	mov	ecx, dword ptr [rdi + 4*rsi]
	lea	rax, [rsi + 1]
	cmp	edx, ecx
	mov	edx, ecx
	jle	.LBB7_3
.LBB7_5:
	xor	eax, eax
	cmp	rsi, r8
	setae	al
.LBB7_6:
	ret
.Lfunc_end7:
	.size	is_sorted, .Lfunc_end7-is_sorted
                                        # -- End function
	.globl	reverse_array                   # -- Begin function reverse_array
	.p2align	4, 0x90
	.type	reverse_array,@function
reverse_array:                          # @reverse_array
# %bb.0:
	cmp	esi, 2
	jl	.LBB8_3
# %bb.1:
	mov	eax, esi
	add	rax, -2
	xor	ecx, ecx
	.p2align	4, 0x90
.LBB8_2:                                # =>This Inner Loop Header: Depth=1
	mov	edx, dword ptr [rdi + 4*rcx]
	mov	esi, dword ptr [rdi + 4*rax + 4]
	mov	dword ptr [rdi + 4*rcx], esi
	mov	dword ptr [rdi + 4*rax + 4], edx
	add	rcx, 1
	lea	rdx, [rax - 1]
	cmp	rcx, rax
	mov	rax, rdx
	jl	.LBB8_2
.LBB8_3:
	ret
.Lfunc_end8:
	.size	reverse_array, .Lfunc_end8-reverse_array
                                        # -- End function
	.globl	insertion_sort                  # -- Begin function insertion_sort
	.p2align	4, 0x90
	.type	insertion_sort,@function
insertion_sort:                         # @insertion_sort
# %bb.0:
	cmp	esi, 2
	jl	.LBB9_7
# %bb.1:
	mov	r8d, esi
	mov	r9d, 1
	jmp	.LBB9_2
	.p2align	4, 0x90
.LBB9_6:                                #   in Loop: Header=BB9_2 Depth=1
	movsxd	rax, ecx
	mov	dword ptr [rdi + 4*rax], edx
	add	r9, 1
	cmp	r9, r8
	je	.LBB9_7
.LBB9_2:                                # =>This Loop Header: Depth=1
                                        #     Child Loop BB9_3 Depth 2
	mov	edx, dword ptr [rdi + 4*r9]
	mov	rcx, r9
	.p2align	4, 0x90
.LBB9_3:                                #   Parent Loop BB9_2 Depth=1
                                        # =>  This Inner Loop Header: Depth=2
	lea	rsi, [rcx - 1]
	mov	eax, esi
	mov	eax, dword ptr [rdi + 4*rax]
	cmp	eax, edx
	jle	.LBB9_6
# %bb.4:                                #   in Loop: Header=BB9_3 Depth=2
	mov	dword ptr [rdi + 4*rcx], eax
	lea	rax, [rsi + 1]
	mov	rcx, rsi
	cmp	rax, 1
	jg	.LBB9_3
# %bb.5:                                #   in Loop: Header=BB9_2 Depth=1
	xor	ecx, ecx
	jmp	.LBB9_6
.LBB9_7:
	ret
.Lfunc_end9:
	.size	insertion_sort, .Lfunc_end9-insertion_sort
                                        # -- End function
	.globl	bubble_sort                     # -- Begin function bubble_sort
	.p2align	4, 0x90
	.type	bubble_sort,@function
bubble_sort:                            # @bubble_sort
# %bb.0:
	push	rbx
                                        # kill: def $esi killed $esi def $rsi
	test	esi, esi
	jle	.LBB10_10
# %bb.1:
	lea	r9d, [rsi - 1]
	xor	r10d, r10d
	jmp	.LBB10_2
	.p2align	4, 0x90
.LBB10_9:                               #   in Loop: Header=BB10_2 Depth=1
	add	r10d, 1
	add	r9d, -1
	cmp	r10d, esi
	je	.LBB10_10
.LBB10_2:                               # =>This Loop Header: Depth=1
                                        #     Child Loop BB10_12 Depth 2
	mov	eax, esi
	sub	eax, r10d
	cmp	eax, 2
	jl	.LBB10_9
# %bb.3:                                #   in Loop: Header=BB10_2 Depth=1
	mov	r8d, r10d
	not	r8d
	add	r8d, esi
	cmp	r8d, 1
	jne	.LBB10_11
# %bb.4:                                #   in Loop: Header=BB10_2 Depth=1
	mov	r11d, 1
	xor	ecx, ecx
	test	r8b, 1
	je	.LBB10_9
	jmp	.LBB10_7
	.p2align	4, 0x90
.LBB10_11:                              #   in Loop: Header=BB10_2 Depth=1
	mov	r11d, r9d
	and	r11d, -2
	xor	edx, edx
	jmp	.LBB10_12
	.p2align	4, 0x90
.LBB10_16:                              #   in Loop: Header=BB10_12 Depth=2
	mov	rdx, rcx
	cmp	r11, rcx
	je	.LBB10_5
.LBB10_12:                              #   Parent Loop BB10_2 Depth=1
                                        # =>  This Inner Loop Header: Depth=2
	mov	ecx, dword ptr [rdi + 4*rdx]
	mov	eax, dword ptr [rdi + 4*rdx + 4]
	cmp	ecx, eax
	jle	.LBB10_14
# %bb.13:                               #   in Loop: Header=BB10_12 Depth=2
	mov	dword ptr [rdi + 4*rdx], eax
	mov	dword ptr [rdi + 4*rdx + 4], ecx
.LBB10_14:                              #   in Loop: Header=BB10_12 Depth=2
	lea	rcx, [rdx + 2]
	mov	eax, dword ptr [rdi + 4*rdx + 4]
	mov	ebx, dword ptr [rdi + 4*rdx + 8]
	cmp	eax, ebx
	jle	.LBB10_16
# %bb.15:                               #   in Loop: Header=BB10_12 Depth=2
	mov	dword ptr [rdi + 4*rdx + 4], ebx
	mov	dword ptr [rdi + 4*rdx + 8], eax
	jmp	.LBB10_16
	.p2align	4, 0x90
.LBB10_5:                               #   in Loop: Header=BB10_2 Depth=1
	lea	r11, [rcx + 1]
	test	r8b, 1
	je	.LBB10_9
.LBB10_7:                               #   in Loop: Header=BB10_2 Depth=1
	mov	edx, dword ptr [rdi + 4*rcx]
	mov	eax, dword ptr [rdi + 4*r11]
	cmp	edx, eax
	jle	.LBB10_9
# %bb.8:                                #   in Loop: Header=BB10_2 Depth=1
	mov	dword ptr [rdi + 4*rcx], eax
	mov	dword ptr [rdi + 4*r11], edx
	jmp	.LBB10_9
.LBB10_10:
	pop	rbx
	ret
.Lfunc_end10:
	.size	bubble_sort, .Lfunc_end10-bubble_sort
                                        # -- End function
	.globl	selection_sort                  # -- Begin function selection_sort
	.p2align	4, 0x90
	.type	selection_sort,@function
selection_sort:                         # @selection_sort
# %bb.0:
	push	rbx
	test	esi, esi
	jle	.LBB11_4
# %bb.1:
	mov	r11d, esi
	mov	r9d, 1
	xor	r10d, r10d
	jmp	.LBB11_2
	.p2align	4, 0x90
.LBB11_3:                               #   in Loop: Header=BB11_2 Depth=1
	mov	rcx, qword ptr [rdi + 8*r10]
	movsxd	rdx, esi
	mov	rsi, qword ptr [rdi + 8*rdx]
	mov	qword ptr [rdi + 8*r10], rsi
	mov	qword ptr [rdi + 8*rdx], rcx
	add	r9, 1
	mov	r10, r8
	cmp	r8, r11
	je	.LBB11_4
.LBB11_2:                               # =>This Loop Header: Depth=1
                                        #     Child Loop BB11_5 Depth 2
	lea	r8, [r10 + 1]
	mov	esi, r10d
	mov	rcx, r9
	cmp	r8, r11
	jb	.LBB11_5
	jmp	.LBB11_3
	.p2align	4, 0x90
.LBB11_7:                               #   in Loop: Header=BB11_5 Depth=2
	add	rcx, 1
	mov	esi, edx
	cmp	r11, rcx
	je	.LBB11_3
.LBB11_5:                               #   Parent Loop BB11_2 Depth=1
                                        # =>  This Inner Loop Header: Depth=2
	mov	rax, qword ptr [rdi + 8*rcx]
	movsxd	rbx, esi
	mov	edx, ecx
	cmp	rax, qword ptr [rdi + 8*rbx]
	jl	.LBB11_7
# %bb.6:                                #   in Loop: Header=BB11_5 Depth=2
	mov	edx, esi
	jmp	.LBB11_7
.LBB11_4:
	pop	rbx
	ret
.Lfunc_end11:
	.size	selection_sort, .Lfunc_end11-selection_sort
                                        # -- End function
	.globl	heap_sort                       # -- Begin function heap_sort
	.p2align	4, 0x90
	.type	heap_sort,@function
heap_sort:                              # @heap_sort
# %bb.0:
	push	rbx
                                        # kill: def $esi killed $esi def $rsi
	test	esi, esi
	jle	.LBB12_26
# %bb.1:
	lea	eax, [rsi - 2]
	shr	eax, 31
	lea	r8d, [rsi + rax]
	add	r8d, -2
	sar	r8d
	jmp	.LBB12_2
	.p2align	4, 0x90
.LBB12_12:                              #   in Loop: Header=BB12_2 Depth=1
	mov	rax, r8
	add	rax, -1
	test	r8d, r8d
	mov	r8, rax
	jle	.LBB12_13
.LBB12_2:                               # =>This Loop Header: Depth=1
                                        #     Child Loop BB12_4 Depth 2
	lea	edx, [r8 + r8]
	add	edx, 1
	cmp	edx, esi
	jge	.LBB12_12
# %bb.3:                                #   in Loop: Header=BB12_2 Depth=1
	lea	eax, [r8 + r8]
	mov	r9d, dword ptr [rdi + 4*r8]
	mov	r10d, r8d
	.p2align	4, 0x90
.LBB12_4:                               #   Parent Loop BB12_2 Depth=1
                                        # =>  This Inner Loop Header: Depth=2
	movsxd	r11, edx
	mov	ecx, edx
	cmp	r9d, dword ptr [rdi + 4*r11]
	jge	.LBB12_5
# %bb.6:                                #   in Loop: Header=BB12_4 Depth=2
	add	eax, 2
	cmp	eax, esi
	jl	.LBB12_7
.LBB12_10:                              #   in Loop: Header=BB12_4 Depth=2
	cmp	ecx, r10d
	jne	.LBB12_11
	jmp	.LBB12_12
	.p2align	4, 0x90
.LBB12_5:                               #   in Loop: Header=BB12_4 Depth=2
	mov	ecx, r10d
	add	eax, 2
	cmp	eax, esi
	jge	.LBB12_10
.LBB12_7:                               #   in Loop: Header=BB12_4 Depth=2
	movsxd	rdx, ecx
	mov	r11d, dword ptr [rdi + 4*rdx]
	movsxd	rdx, eax
	cmp	r11d, dword ptr [rdi + 4*rdx]
	jl	.LBB12_9
# %bb.8:                                #   in Loop: Header=BB12_4 Depth=2
	mov	eax, ecx
.LBB12_9:                               #   in Loop: Header=BB12_4 Depth=2
	mov	ecx, eax
	cmp	ecx, r10d
	je	.LBB12_12
.LBB12_11:                              #   in Loop: Header=BB12_4 Depth=2
	movsxd	r10, r10d
	movsxd	rdx, ecx
	mov	eax, dword ptr [rdi + 4*rdx]
	mov	dword ptr [rdi + 4*r10], eax
	mov	dword ptr [rdi + 4*rdx], r9d
	lea	eax, [rcx + rcx]
	lea	edx, [rcx + rcx]
	add	edx, 1
	mov	r10d, ecx
	cmp	edx, esi
	jl	.LBB12_4
	jmp	.LBB12_12
.LBB12_13:
	cmp	esi, 2
	jl	.LBB12_26
# %bb.14:
	mov	r8d, esi
	jmp	.LBB12_15
	.p2align	4, 0x90
.LBB12_25:                              #   in Loop: Header=BB12_15 Depth=1
	cmp	r9, 2
	jle	.LBB12_26
.LBB12_15:                              # =>This Loop Header: Depth=1
                                        #     Child Loop BB12_17 Depth 2
	mov	r9, r8
	add	r8, -1
	mov	eax, r8d
	mov	r10d, dword ptr [rdi + 4*rax]
	mov	ecx, dword ptr [rdi]
	mov	dword ptr [rdi + 4*rax], ecx
	mov	dword ptr [rdi], r10d
	mov	r11d, r9d
	add	r11d, -2
	je	.LBB12_25
# %bb.16:                               #   in Loop: Header=BB12_15 Depth=1
	xor	ecx, ecx
	mov	esi, 1
	xor	eax, eax
	.p2align	4, 0x90
.LBB12_17:                              #   Parent Loop BB12_15 Depth=1
                                        # =>  This Inner Loop Header: Depth=2
	movsxd	rbx, esi
	mov	edx, esi
	cmp	r10d, dword ptr [rdi + 4*rbx]
	jge	.LBB12_18
# %bb.19:                               #   in Loop: Header=BB12_17 Depth=2
	add	ecx, 2
	cmp	ecx, r11d
	jle	.LBB12_20
.LBB12_23:                              #   in Loop: Header=BB12_17 Depth=2
	cmp	edx, eax
	jne	.LBB12_24
	jmp	.LBB12_25
	.p2align	4, 0x90
.LBB12_18:                              #   in Loop: Header=BB12_17 Depth=2
	mov	edx, eax
	add	ecx, 2
	cmp	ecx, r11d
	jg	.LBB12_23
.LBB12_20:                              #   in Loop: Header=BB12_17 Depth=2
	movsxd	rsi, edx
	mov	esi, dword ptr [rdi + 4*rsi]
	movsxd	rbx, ecx
	cmp	esi, dword ptr [rdi + 4*rbx]
	jl	.LBB12_22
# %bb.21:                               #   in Loop: Header=BB12_17 Depth=2
	mov	ecx, edx
.LBB12_22:                              #   in Loop: Header=BB12_17 Depth=2
	mov	edx, ecx
	cmp	edx, eax
	je	.LBB12_25
.LBB12_24:                              #   in Loop: Header=BB12_17 Depth=2
	cdqe
	movsxd	rcx, edx
	mov	esi, dword ptr [rdi + 4*rcx]
	mov	dword ptr [rdi + 4*rax], esi
	mov	dword ptr [rdi + 4*rcx], r10d
	lea	ecx, [rdx + rdx]
	lea	esi, [rdx + rdx]
	add	esi, 1
	mov	eax, edx
	cmp	esi, r11d
	jle	.LBB12_17
	jmp	.LBB12_25
.LBB12_26:
	pop	rbx
	ret
.Lfunc_end12:
	.size	heap_sort, .Lfunc_end12-heap_sort
                                        # -- End function
	.globl	quick_sort                      # -- Begin function quick_sort
	.p2align	4, 0x90
	.type	quick_sort,@function
quick_sort:                             # @quick_sort
# %bb.0:
                                        # kill: def $esi killed $esi def $rsi
	lea	edx, [rsi - 1]
	xor	esi, esi
	jmp	quick                           # TAILCALL
.Lfunc_end13:
	.size	quick_sort, .Lfunc_end13-quick_sort
                                        # -- End function
	.p2align	4, 0x90                         # -- Begin function quick
	.type	quick,@function
quick:                                  # @quick
# %bb.0:
	push	rbp
	push	r15
	push	r14
	push	r13
	push	r12
	push	rbx
	push	rax
                                        # kill: def $esi killed $esi def $rsi
	cmp	esi, edx
	jge	.LBB14_12
# %bb.1:
	mov	r14d, edx
	mov	r12, rdi
	lea	r15, [rdi + 4]
	jmp	.LBB14_2
	.p2align	4, 0x90
.LBB14_11:                              #   in Loop: Header=BB14_2 Depth=1
	mov	rdi, r12
                                        # kill: def $esi killed $esi killed $rsi
	call	quick
	mov	esi, r13d
	cmp	r13d, r14d
	jge	.LBB14_12
.LBB14_2:                               # =>This Loop Header: Depth=1
                                        #     Child Loop BB14_4 Depth 2
                                        #       Child Loop BB14_5 Depth 3
                                        #       Child Loop BB14_7 Depth 3
	mov	edx, r14d
	mov	r13d, esi
	cmp	esi, r14d
	jg	.LBB14_11
# %bb.3:                                #   in Loop: Header=BB14_2 Depth=1
	lea	eax, [rsi + r14]
	mov	ecx, eax
	shr	ecx, 31
	add	ecx, eax
	sar	ecx
	movsxd	rax, ecx
	mov	r8d, dword ptr [r12 + 4*rax]
	mov	r13d, esi
	mov	ecx, r14d
	jmp	.LBB14_4
	.p2align	4, 0x90
.LBB14_10:                              #   in Loop: Header=BB14_4 Depth=2
	mov	ecx, edx
	cmp	r13d, edx
	jg	.LBB14_11
.LBB14_4:                               #   Parent Loop BB14_2 Depth=1
                                        # =>  This Loop Header: Depth=2
                                        #       Child Loop BB14_5 Depth 3
                                        #       Child Loop BB14_7 Depth 3
	movsxd	rax, r13d
	lea	rbx, [r12 + 4*rax]
	mov	edi, r13d
	.p2align	4, 0x90
.LBB14_5:                               #   Parent Loop BB14_2 Depth=1
                                        #     Parent Loop BB14_4 Depth=2
                                        # =>    This Inner Loop Header: Depth=3
	mov	r9d, dword ptr [rbx]
	add	rbx, 4
	add	edi, 1
	cmp	r9d, r8d
	jl	.LBB14_5
# %bb.6:                                #   in Loop: Header=BB14_4 Depth=2
	lea	r13d, [rdi - 1]
	movsxd	rax, ecx
	lea	rax, [r15 + 4*rax]
	.p2align	4, 0x90
.LBB14_7:                               #   Parent Loop BB14_2 Depth=1
                                        #     Parent Loop BB14_4 Depth=2
                                        # =>    This Inner Loop Header: Depth=3
	mov	ebp, dword ptr [rax - 4]
	add	rax, -4
	add	ecx, -1
	cmp	ebp, r8d
	jg	.LBB14_7
# %bb.8:                                #   in Loop: Header=BB14_4 Depth=2
	lea	edx, [rcx + 1]
	cmp	r13d, edx
	jg	.LBB14_10
# %bb.9:                                #   in Loop: Header=BB14_4 Depth=2
	mov	dword ptr [rbx - 4], ebp
	mov	dword ptr [rax], r9d
	mov	edx, ecx
	mov	r13d, edi
	jmp	.LBB14_10
.LBB14_12:
	add	rsp, 8
	pop	rbx
	pop	r12
	pop	r13
	pop	r14
	pop	r15
	pop	rbp
	ret
.Lfunc_end14:
	.size	quick, .Lfunc_end14-quick
                                        # -- End function
	.globl	prefix_sums                     # -- Begin function prefix_sums
	.p2align	4, 0x90
	.type	prefix_sums,@function
prefix_sums:                            # @prefix_sums
# %bb.0:
	cmp	esi, 2
	jl	.LBB15_8
# %bb.1:
	mov	r8d, esi
	mov	eax, dword ptr [rdi]
	lea	rsi, [r8 - 1]
	add	r8, -2
	mov	ecx, esi
	and	ecx, 3
	mov	edx, 1
	cmp	r8, 3
	jb	.LBB15_5
# %bb.2:
	and	rsi, -4
	xor	edx, edx
	.p2align	4, 0x90
.LBB15_3:                               # =>This Inner Loop Header: Depth=1
	add	eax, dword ptr [rdi + 4*rdx + 4]
	mov	dword ptr [rdi + 4*rdx + 4], eax
	add	eax, dword ptr [rdi + 4*rdx + 8]
	mov	dword ptr [rdi + 4*rdx + 8], eax
	add	eax, dword ptr [rdi + 4*rdx + 12]
	mov	dword ptr [rdi + 4*rdx + 12], eax
	add	eax, dword ptr [rdi + 4*rdx + 16]
	mov	dword ptr [rdi + 4*rdx + 16], eax
	add	rdx, 4
	cmp	rsi, rdx
	jne	.LBB15_3
# %bb.4:
	add	rdx, 1
.LBB15_5:
	test	rcx, rcx
	je	.LBB15_8
# %bb.6:
	lea	rdx, [rdi + 4*rdx]
	xor	esi, esi
	.p2align	4, 0x90
.LBB15_7:                               # =>This Inner Loop Header: Depth=1
	add	eax, dword ptr [rdx + 4*rsi]
	mov	dword ptr [rdx + 4*rsi], eax
	add	rsi, 1
	cmp	rcx, rsi
	jne	.LBB15_7
.LBB15_8:
	ret
.Lfunc_end15:
	.size	prefix_sums, .Lfunc_end15-prefix_sums
                                        # -- End function
	.globl	dot_product                     # -- Begin function dot_product
	.p2align	4, 0x90
	.type	dot_product,@function
dot_product:                            # @dot_product
# %bb.0:
	test	edx, edx
	jle	.LBB16_1
# %bb.2:
	mov	r9d, edx
	lea	rax, [r9 - 1]
	mov	r8d, r9d
	and	r8d, 3
	cmp	rax, 3
	jae	.LBB16_8
# %bb.3:
	xor	edx, edx
	xor	eax, eax
	jmp	.LBB16_4
.LBB16_1:
	xor	eax, eax
	ret
.LBB16_8:
	and	r9d, -4
	xor	edx, edx
	xor	eax, eax
	.p2align	4, 0x90
.LBB16_9:                               # =>This Inner Loop Header: Depth=1
	movsxd	r10, dword ptr [rdi + 4*rdx]
	movsxd	rcx, dword ptr [rsi + 4*rdx]
	imul	rcx, r10
	add	rcx, rax
	movsxd	r10, dword ptr [rdi + 4*rdx + 4]
	movsxd	rax, dword ptr [rsi + 4*rdx + 4]
	imul	rax, r10
	add	rax, rcx
	movsxd	r10, dword ptr [rdi + 4*rdx + 8]
	movsxd	rcx, dword ptr [rsi + 4*rdx + 8]
	imul	rcx, r10
	add	rcx, rax
	movsxd	r10, dword ptr [rdi + 4*rdx + 12]
	movsxd	rax, dword ptr [rsi + 4*rdx + 12]
	imul	rax, r10
	add	rax, rcx
	add	rdx, 4
	cmp	r9, rdx
	jne	.LBB16_9
.LBB16_4:
	test	r8, r8
	je	.LBB16_7
# %bb.5:
	lea	r9, [rsi + 4*rdx]
	lea	rdx, [rdi + 4*rdx]
	xor	esi, esi
	.p2align	4, 0x90
.LBB16_6:                               # =>This Inner Loop Header: Depth=1
	movsxd	rdi, dword ptr [rdx + 4*rsi]
	movsxd	rcx, dword ptr [r9 + 4*rsi]
	imul	rcx, rdi
	add	rax, rcx
	add	rsi, 1
	cmp	r8, rsi
	jne	.LBB16_6
.LBB16_7:
	ret
.Lfunc_end16:
	.size	dot_product, .Lfunc_end16-dot_product
                                        # -- End function
	.globl	max_subarray                    # -- Begin function max_subarray
	.p2align	4, 0x90
	.type	max_subarray,@function
max_subarray:                           # @max_subarray
# %bb.0:
	test	esi, esi
	jle	.LBB17_1
# %bb.2:
	mov	r8d, esi
	cmp	esi, 1
	jne	.LBB17_7
# %bb.3:
	xor	edx, edx
	xor	esi, esi
	xor	eax, eax
	jmp	.LBB17_4
.LBB17_1:
	xor	eax, eax
	ret
.LBB17_7:
	mov	r10d, r8d
	and	r10d, -2
	xor	r9d, r9d
	xor	edx, edx
	xor	esi, esi
	xor	eax, eax
	.p2align	4, 0x90
.LBB17_8:                               # =>This Inner Loop Header: Depth=1
	movsxd	rcx, dword ptr [rdi + 4*rdx]
	add	rcx, rsi
	cmovs	rcx, r9
	cmp	rcx, rax
	cmova	rax, rcx
	movsxd	rsi, dword ptr [rdi + 4*rdx + 4]
	add	rsi, rcx
	cmovs	rsi, r9
	cmp	rsi, rax
	cmova	rax, rsi
	add	rdx, 2
	cmp	r10, rdx
	jne	.LBB17_8
.LBB17_4:
	test	r8b, 1
	je	.LBB17_6
# %bb.5:
	movsxd	rcx, dword ptr [rdi + 4*rdx]
	xor	edx, edx
	add	rsi, rcx
	cmovns	rdx, rsi
	cmp	rdx, rax
	cmova	rax, rdx
.LBB17_6:
	ret
.Lfunc_end17:
	.size	max_subarray, .Lfunc_end17-max_subarray
                                        # -- End function
	.globl	rotate_left_one                 # -- Begin function rotate_left_one
	.p2align	4, 0x90
	.type	rotate_left_one,@function
rotate_left_one:                        # @rotate_left_one
# %bb.0:
	cmp	esi, 2
	jl	.LBB18_2
# %bb.1:
	push	rbp
	push	r14
	push	rbx
	mov	ebx, esi
	mov	r14, rdi
	mov	ebp, dword ptr [rdi]
	lea	rsi, [rdi + 4]
	add	ebx, -1
	lea	rdx, [4*rbx]
	call	memmove@PLT
	mov	dword ptr [r14 + 4*rbx], ebp
	pop	rbx
	pop	r14
	pop	rbp
.LBB18_2:
	ret
.Lfunc_end18:
	.size	rotate_left_one, .Lfunc_end18-rotate_left_one
                                        # -- End function
	.globl	count_distinct_sorted           # -- Begin function count_distinct_sorted
	.p2align	4, 0x90
	.type	count_distinct_sorted,@function
count_distinct_sorted:                  # @count_distinct_sorted
# %bb.0:
	xor	eax, eax
	test	esi, esi
	setg	al
	cmp	esi, 2
	jl	.LBB19_7
# %bb.1:
	mov	r9d, esi
	mov	ecx, dword ptr [rdi]
	lea	r8, [r9 - 1]
	mov	r10d, 1
	cmp	r8, 8
	jb	.LBB19_6
# %bb.2:
	mov	rsi, r8
	and	rsi, -8
	lea	r10, [rsi + 1]
	movd	xmm0, ecx
	pshufd	xmm2, xmm0, 0                   # xmm2 = xmm0[0,0,0,0]
	movd	xmm1, eax
	pxor	xmm0, xmm0
	xor	eax, eax
	pcmpeqd	xmm3, xmm3
	.p2align	4, 0x90
.LBB19_3:                               # =>This Inner Loop Header: Depth=1
	movups	xmm4, xmmword ptr [rdi + 4*rax + 4]
	shufps	xmm2, xmm4, 3                   # xmm2 = xmm2[3,0],xmm4[0,0]
	shufps	xmm2, xmm4, 152                 # xmm2 = xmm2[0,2],xmm4[1,2]
	pcmpeqd	xmm2, xmm4
	paddd	xmm1, xmm2
	movups	xmm2, xmmword ptr [rdi + 4*rax + 20]
	shufps	xmm4, xmm2, 3                   # xmm4 = xmm4[3,0],xmm2[0,0]
	shufps	xmm4, xmm2, 152                 # xmm4 = xmm4[0,2],xmm2[1,2]
	pcmpeqd	xmm4, xmm2
	paddd	xmm0, xmm4
	psubd	xmm1, xmm3
	psubd	xmm0, xmm3
	add	rax, 8
	cmp	rsi, rax
	jne	.LBB19_3
# %bb.4:
	paddd	xmm0, xmm1
	pshufd	xmm1, xmm0, 238                 # xmm1 = xmm0[2,3,2,3]
	paddd	xmm1, xmm0
	pshufd	xmm0, xmm1, 85                  # xmm0 = xmm1[1,1,1,1]
	paddd	xmm0, xmm1
	movd	eax, xmm0
	cmp	r8, rsi
	je	.LBB19_7
# %bb.5:
	pshufd	xmm0, xmm2, 255                 # xmm0 = xmm2[3,3,3,3]
	movd	ecx, xmm0
	.p2align	4, 0x90
.LBB19_6:                               # =>This Inner Loop Header: Depth=1
	mov	esi, dword ptr [rdi + 4*r10]
	xor	edx, edx
	cmp	esi, ecx
	setne	dl
	add	eax, edx
	add	r10, 1
	mov	ecx, esi
	cmp	r9, r10
	jne	.LBB19_6
.LBB19_7:
	ret
.Lfunc_end19:
	.size	count_distinct_sorted, .Lfunc_end19-count_distinct_sorted
                                        # -- End function
	.globl	sum_u64                         # -- Begin function sum_u64
	.p2align	4, 0x90
	.type	sum_u64,@function
sum_u64:                                # @sum_u64
# %bb.0:
	test	rsi, rsi
	je	.LBB20_1
# %bb.2:
	cmp	rsi, 4
	jae	.LBB20_4
# %bb.3:
	xor	ecx, ecx
	xor	eax, eax
	jmp	.LBB20_12
.LBB20_1:
	xor	eax, eax
	ret
.LBB20_4:
	mov	rcx, rsi
	and	rcx, -4
	lea	rdx, [rcx - 4]
	mov	rax, rdx
	shr	rax, 2
	add	rax, 1
	mov	r8d, eax
	and	r8d, 3
	cmp	rdx, 12
	jae	.LBB20_6
# %bb.5:
	pxor	xmm0, xmm0
	xor	edx, edx
	pxor	xmm1, xmm1
	jmp	.LBB20_8
.LBB20_6:
	and	rax, -4
	pxor	xmm0, xmm0
	xor	edx, edx
	pxor	xmm1, xmm1
	.p2align	4, 0x90
.LBB20_7:                               # =>This Inner Loop Header: Depth=1
	movdqu	xmm2, xmmword ptr [rdi + 8*rdx]
	paddq	xmm2, xmm0
	movdqu	xmm0, xmmword ptr [rdi + 8*rdx + 16]
	paddq	xmm0, xmm1
	movdqu	xmm1, xmmword ptr [rdi + 8*rdx + 32]
	movdqu	xmm3, xmmword ptr [rdi + 8*rdx + 48]
	movdqu	xmm4, xmmword ptr [rdi + 8*rdx + 64]
	paddq	xmm4, xmm1
	paddq	xmm4, xmm2
	movdqu	xmm2, xmmword ptr [rdi + 8*rdx + 80]
	paddq	xmm2, xmm3
	paddq	xmm2, xmm0
	movdqu	xmm0, xmmword ptr [rdi + 8*rdx + 96]
	paddq	xmm0, xmm4
	movdqu	xmm1, xmmword ptr [rdi + 8*rdx + 112]
	paddq	xmm1, xmm2
	add	rdx, 16
	add	rax, -4
	jne	.LBB20_7
.LBB20_8:
	test	r8, r8
	je	.LBB20_11
# %bb.9:
	lea	rax, [rdi + 8*rdx]
	add	rax, 16
	shl	r8, 5
	xor	edx, edx
	.p2align	4, 0x90
.LBB20_10:                              # =>This Inner Loop Header: Depth=1
	movdqu	xmm2, xmmword ptr [rax + rdx - 16]
	paddq	xmm0, xmm2
	movdqu	xmm2, xmmword ptr [rax + rdx]
	paddq	xmm1, xmm2
	add	rdx, 32
	cmp	r8, rdx
	jne	.LBB20_10
.LBB20_11:
	paddq	xmm0, xmm1
	pshufd	xmm1, xmm0, 238                 # xmm1 = xmm0[2,3,2,3]
	paddq	xmm1, xmm0
	movq	rax, xmm1
	cmp	rcx, rsi
	je	.LBB20_13
	.p2align	4, 0x90
.LBB20_12:                              # =>This Inner Loop Header: Depth=1
	add	rax, qword ptr [rdi + 8*rcx]
	add	rcx, 1
	cmp	rsi, rcx
	jne	.LBB20_12
.LBB20_13:
	ret
.Lfunc_end20:
	.size	sum_u64, .Lfunc_end20-sum_u64
                                        # -- End function
	.globl	sum_bytes                       # -- Begin function sum_bytes
	.p2align	4, 0x90
	.type	sum_bytes,@function
sum_bytes:                              # @sum_bytes
# %bb.0:
	test	rsi, rsi
	je	.LBB21_1
# %bb.2:
	cmp	rsi, 8
	jae	.LBB21_4
# %bb.3:
	xor	ecx, ecx
	xor	eax, eax
	jmp	.LBB21_11
.LBB21_1:
	xor	eax, eax
	ret
.LBB21_4:
	mov	rcx, rsi
	and	rcx, -8
	lea	rax, [rcx - 8]
	mov	r8, rax
	shr	r8, 3
	add	r8, 1
	test	rax, rax
	je	.LBB21_5
# %bb.6:
	mov	rax, r8
	and	rax, -2
	pxor	xmm2, xmm2
	xor	edx, edx
	pxor	xmm0, xmm0
	pxor	xmm1, xmm1
	.p2align	4, 0x90
.LBB21_7:                               # =>This Inner Loop Header: Depth=1
	movd	xmm3, dword ptr [rdi + rdx]     # xmm3 = mem[0],zero,zero,zero
	movd	xmm4, dword ptr [rdi + rdx + 4] # xmm4 = mem[0],zero,zero,zero
	punpcklbw	xmm3, xmm2              # xmm3 = xmm3[0],xmm2[0],xmm3[1],xmm2[1],xmm3[2],xmm2[2],xmm3[3],xmm2[3],xmm3[4],xmm2[4],xmm3[5],xmm2[5],xmm3[6],xmm2[6],xmm3[7],xmm2[7]
	punpcklwd	xmm3, xmm2              # xmm3 = xmm3[0],xmm2[0],xmm3[1],xmm2[1],xmm3[2],xmm2[2],xmm3[3],xmm2[3]
	paddd	xmm3, xmm0
	punpcklbw	xmm4, xmm2              # xmm4 = xmm4[0],xmm2[0],xmm4[1],xmm2[1],xmm4[2],xmm2[2],xmm4[3],xmm2[3],xmm4[4],xmm2[4],xmm4[5],xmm2[5],xmm4[6],xmm2[6],xmm4[7],xmm2[7]
	punpcklwd	xmm4, xmm2              # xmm4 = xmm4[0],xmm2[0],xmm4[1],xmm2[1],xmm4[2],xmm2[2],xmm4[3],xmm2[3]
	paddd	xmm4, xmm1
	movd	xmm0, dword ptr [rdi + rdx + 8] # xmm0 = mem[0],zero,zero,zero
	movd	xmm1, dword ptr [rdi + rdx + 12] # xmm1 = mem[0],zero,zero,zero
	punpcklbw	xmm0, xmm2              # xmm0 = xmm0[0],xmm2[0],xmm0[1],xmm2[1],xmm0[2],xmm2[2],xmm0[3],xmm2[3],xmm0[4],xmm2[4],xmm0[5],xmm2[5],xmm0[6],xmm2[6],xmm0[7],xmm2[7]
	punpcklwd	xmm0, xmm2              # xmm0 = xmm0[0],xmm2[0],xmm0[1],xmm2[1],xmm0[2],xmm2[2],xmm0[3],xmm2[3]
	paddd	xmm0, xmm3
	punpcklbw	xmm1, xmm2              # xmm1 = xmm1[0],xmm2[0],xmm1[1],xmm2[1],xmm1[2],xmm2[2],xmm1[3],xmm2[3],xmm1[4],xmm2[4],xmm1[5],xmm2[5],xmm1[6],xmm2[6],xmm1[7],xmm2[7]
	punpcklwd	xmm1, xmm2              # xmm1 = xmm1[0],xmm2[0],xmm1[1],xmm2[1],xmm1[2],xmm2[2],xmm1[3],xmm2[3]
	paddd	xmm1, xmm4
	add	rdx, 16
	add	rax, -2
	jne	.LBB21_7
# %bb.8:
	test	r8b, 1
	je	.LBB21_10
.LBB21_9:
	movd	xmm2, dword ptr [rdi + rdx]     # xmm2 = mem[0],zero,zero,zero
	movd	xmm3, dword ptr [rdi + rdx + 4] # xmm3 = mem[0],zero,zero,zero
	pxor	xmm4, xmm4
	punpcklbw	xmm2, xmm4              # xmm2 = xmm2[0],xmm4[0],xmm2[1],xmm4[1],xmm2[2],xmm4[2],xmm2[3],xmm4[3],xmm2[4],xmm4[4],xmm2[5],xmm4[5],xmm2[6],xmm4[6],xmm2[7],xmm4[7]
	punpcklwd	xmm2, xmm4              # xmm2 = xmm2[0],xmm4[0],xmm2[1],xmm4[1],xmm2[2],xmm4[2],xmm2[3],xmm4[3]
	paddd	xmm0, xmm2
	punpcklbw	xmm3, xmm4              # xmm3 = xmm3[0],xmm4[0],xmm3[1],xmm4[1],xmm3[2],xmm4[2],xmm3[3],xmm4[3],xmm3[4],xmm4[4],xmm3[5],xmm4[5],xmm3[6],xmm4[6],xmm3[7],xmm4[7]
	punpcklwd	xmm3, xmm4              # xmm3 = xmm3[0],xmm4[0],xmm3[1],xmm4[1],xmm3[2],xmm4[2],xmm3[3],xmm4[3]
	paddd	xmm1, xmm3
.LBB21_10:
	paddd	xmm0, xmm1
	pshufd	xmm1, xmm0, 238                 # xmm1 = xmm0[2,3,2,3]
	paddd	xmm1, xmm0
	pshufd	xmm0, xmm1, 85                  # xmm0 = xmm1[1,1,1,1]
	paddd	xmm0, xmm1
	movd	eax, xmm0
	cmp	rcx, rsi
	je	.LBB21_12
	.p2align	4, 0x90
.LBB21_11:                              # =>This Inner Loop Header: Depth=1
	movzx	edx, byte ptr [rdi + rcx]
	add	eax, edx
	add	rcx, 1
	cmp	rsi, rcx
	jne	.LBB21_11
.LBB21_12:
	ret
.LBB21_5:
	pxor	xmm0, xmm0
	xor	edx, edx
	pxor	xmm1, xmm1
	test	r8b, 1
	jne	.LBB21_9
	jmp	.LBB21_10
.Lfunc_end21:
	.size	sum_bytes, .Lfunc_end21-sum_bytes
                                        # -- End function
	.globl	sum_shorts                      # -- Begin function sum_shorts
	.p2align	4, 0x90
	.type	sum_shorts,@function
sum_shorts:                             # @sum_shorts
# %bb.0:
	test	esi, esi
	jle	.LBB22_1
# %bb.2:
	mov	ecx, esi
	cmp	esi, 8
	jae	.LBB22_4
# %bb.3:
	xor	edx, edx
	xor	eax, eax
	jmp	.LBB22_11
.LBB22_1:
	xor	eax, eax
	ret
.LBB22_4:
	mov	edx, ecx
	and	edx, -8
	lea	rax, [rdx - 8]
	mov	r8, rax
	shr	r8, 3
	add	r8, 1
	test	rax, rax
	je	.LBB22_5
# %bb.6:
	mov	rax, r8
	and	rax, -2
	pxor	xmm0, xmm0
	xor	esi, esi
	pxor	xmm1, xmm1
	.p2align	4, 0x90
.LBB22_7:                               # =>This Inner Loop Header: Depth=1
	movq	xmm2, qword ptr [rdi + 2*rsi]   # xmm2 = mem[0],zero
	punpcklwd	xmm2, xmm2              # xmm2 = xmm2[0,0,1,1,2,2,3,3]
	movq	xmm3, qword ptr [rdi + 2*rsi + 8] # xmm3 = mem[0],zero
	punpcklwd	xmm3, xmm3              # xmm3 = xmm3[0,0,1,1,2,2,3,3]
	psrad	xmm2, 16
	paddd	xmm2, xmm0
	psrad	xmm3, 16
	paddd	xmm3, xmm1
	movq	xmm0, qword ptr [rdi + 2*rsi + 16] # xmm0 = mem[0],zero
	punpcklwd	xmm0, xmm0              # xmm0 = xmm0[0,0,1,1,2,2,3,3]
	movq	xmm1, qword ptr [rdi + 2*rsi + 24] # xmm1 = mem[0],zero
	punpcklwd	xmm1, xmm1              # xmm1 = xmm1[0,0,1,1,2,2,3,3]
	psrad	xmm0, 16
	paddd	xmm0, xmm2
	psrad	xmm1, 16
	paddd	xmm1, xmm3
	add	rsi, 16
	add	rax, -2
	jne	.LBB22_7
# %bb.8:
	test	r8b, 1
	je	.LBB22_10
.LBB22_9:
	movq	xmm2, qword ptr [rdi + 2*rsi]   # xmm2 = mem[0],zero
	movq	xmm3, qword ptr [rdi + 2*rsi + 8] # xmm3 = mem[0],zero
	punpcklwd	xmm2, xmm2              # xmm2 = xmm2[0,0,1,1,2,2,3,3]
	psrad	xmm2, 16
	paddd	xmm0, xmm2
	punpcklwd	xmm2, xmm3              # xmm2 = xmm2[0],xmm3[0],xmm2[1],xmm3[1],xmm2[2],xmm3[2],xmm2[3],xmm3[3]
	psrad	xmm2, 16
	paddd	xmm1, xmm2
.LBB22_10:
	paddd	xmm0, xmm1
	pshufd	xmm1, xmm0, 238                 # xmm1 = xmm0[2,3,2,3]
	paddd	xmm1, xmm0
	pshufd	xmm0, xmm1, 85                  # xmm0 = xmm1[1,1,1,1]
	paddd	xmm0, xmm1
	movd	eax, xmm0
	cmp	rdx, rcx
	je	.LBB22_12
	.p2align	4, 0x90
.LBB22_11:                              # =>This Inner Loop Header: Depth=1
	movsx	esi, word ptr [rdi + 2*rdx]
	add	eax, esi
	add	rdx, 1
	cmp	rcx, rdx
	jne	.LBB22_11
.LBB22_12:
	ret
.LBB22_5:
	pxor	xmm0, xmm0
	xor	esi, esi
	pxor	xmm1, xmm1
	test	r8b, 1
	jne	.LBB22_9
	jmp	.LBB22_10
.Lfunc_end22:
	.size	sum_shorts, .Lfunc_end22-sum_shorts
                                        # -- End function
	.section	.rodata.cst16,"aM",@progbits,16
	.p2align	4                               # -- Begin function fill_squares
.LCPI23_0:
	.long	0                               # 0x0
	.long	1                               # 0x1
	.long	2                               # 0x2
	.long	3                               # 0x3
.LCPI23_1:
	.long	4                               # 0x4
	.long	4                               # 0x4
	.long	4                               # 0x4
	.long	4                               # 0x4
.LCPI23_2:
	.long	8                               # 0x8
	.long	8                               # 0x8
	.long	8                               # 0x8
	.long	8                               # 0x8
.LCPI23_3:
	.long	12                              # 0xc
	.long	12                              # 0xc
	.long	12                              # 0xc
	.long	12                              # 0xc
.LCPI23_4:
	.long	16                              # 0x10
	.long	16                              # 0x10
	.long	16                              # 0x10
	.long	16                              # 0x10
	.text
	.globl	fill_squares
	.p2align	4, 0x90
	.type	fill_squares,@function
fill_squares:                           # @fill_squares
# %bb.0:
	test	esi, esi
	jle	.LBB23_11
# %bb.1:
	mov	eax, esi
	cmp	esi, 8
	jae	.LBB23_3
# %bb.2:
	xor	ecx, ecx
	jmp	.LBB23_10
.LBB23_3:
	mov	ecx, eax
	and	ecx, -8
	lea	rdx, [rcx - 8]
	mov	r8, rdx
	shr	r8, 3
	add	r8, 1
	test	rdx, rdx
	je	.LBB23_4
# %bb.5:
	mov	rsi, r8
	and	rsi, -2
	movdqa	xmm0, xmmword ptr [rip + .LCPI23_0] # xmm0 = [0,1,2,3]
	xor	edx, edx
	movdqa	xmm1, xmmword ptr [rip + .LCPI23_1] # xmm1 = [4,4,4,4]
	movdqa	xmm2, xmmword ptr [rip + .LCPI23_2] # xmm2 = [8,8,8,8]
	movdqa	xmm3, xmmword ptr [rip + .LCPI23_3] # xmm3 = [12,12,12,12]
	movdqa	xmm4, xmmword ptr [rip + .LCPI23_4] # xmm4 = [16,16,16,16]
	.p2align	4, 0x90
.LBB23_6:                               # =>This Inner Loop Header: Depth=1
	movdqa	xmm5, xmm0
	paddd	xmm5, xmm1
	movdqa	xmm6, xmm0
	pmuludq	xmm6, xmm0
	pshufd	xmm6, xmm6, 232                 # xmm6 = xmm6[0,2,2,3]
	pshufd	xmm7, xmm0, 245                 # xmm7 = xmm0[1,1,3,3]
	pmuludq	xmm7, xmm7
	pshufd	xmm7, xmm7, 232                 # xmm7 = xmm7[0,2,2,3]
	punpckldq	xmm6, xmm7              # xmm6 = xmm6[0],xmm7[0],xmm6[1],xmm7[1]
	pshufd	xmm7, xmm5, 245                 # xmm7 = xmm5[1,1,3,3]
	pmuludq	xmm5, xmm5
	pshufd	xmm5, xmm5, 232                 # xmm5 = xmm5[0,2,2,3]
	pmuludq	xmm7, xmm7
	pshufd	xmm7, xmm7, 232                 # xmm7 = xmm7[0,2,2,3]
	punpckldq	xmm5, xmm7              # xmm5 = xmm5[0],xmm7[0],xmm5[1],xmm7[1]
	movdqu	xmmword ptr [rdi + 4*rdx], xmm6
	movdqu	xmmword ptr [rdi + 4*rdx + 16], xmm5
	movdqa	xmm5, xmm0
	paddd	xmm5, xmm2
	movdqa	xmm6, xmm0
	paddd	xmm6, xmm3
	pshufd	xmm7, xmm5, 245                 # xmm7 = xmm5[1,1,3,3]
	pmuludq	xmm5, xmm5
	pshufd	xmm5, xmm5, 232                 # xmm5 = xmm5[0,2,2,3]
	pmuludq	xmm7, xmm7
	pshufd	xmm7, xmm7, 232                 # xmm7 = xmm7[0,2,2,3]
	punpckldq	xmm5, xmm7              # xmm5 = xmm5[0],xmm7[0],xmm5[1],xmm7[1]
	pshufd	xmm7, xmm6, 245                 # xmm7 = xmm6[1,1,3,3]
	pmuludq	xmm6, xmm6
	pshufd	xmm6, xmm6, 232                 # xmm6 = xmm6[0,2,2,3]
	pmuludq	xmm7, xmm7
	pshufd	xmm7, xmm7, 232                 # xmm7 = xmm7[0,2,2,3]
	punpckldq	xmm6, xmm7              # xmm6 = xmm6[0],xmm7[0],xmm6[1],xmm7[1]
	movdqu	xmmword ptr [rdi + 4*rdx + 32], xmm5
	movdqu	xmmword ptr [rdi + 4*rdx + 48], xmm6
	add	rdx, 16
	paddd	xmm0, xmm4
	add	rsi, -2
	jne	.LBB23_6
# %bb.7:
	test	r8b, 1
	je	.LBB23_9
.LBB23_8:
	movdqa	xmm1, xmmword ptr [rip + .LCPI23_1] # xmm1 = [4,4,4,4]
	paddd	xmm1, xmm0
	pshufd	xmm2, xmm0, 245                 # xmm2 = xmm0[1,1,3,3]
	pmuludq	xmm0, xmm0
	pshufd	xmm0, xmm0, 232                 # xmm0 = xmm0[0,2,2,3]
	pmuludq	xmm2, xmm2
	pshufd	xmm2, xmm2, 232                 # xmm2 = xmm2[0,2,2,3]
	punpckldq	xmm0, xmm2              # xmm0 = xmm0[0],xmm2[0],xmm0[1],xmm2[1]
	pshufd	xmm2, xmm1, 245                 # xmm2 = xmm1[1,1,3,3]
	pmuludq	xmm1, xmm1
	pshufd	xmm1, xmm1, 232                 # xmm1 = xmm1[0,2,2,3]
	pmuludq	xmm2, xmm2
	pshufd	xmm2, xmm2, 232                 # xmm2 = xmm2[0,2,2,3]
	punpckldq	xmm1, xmm2              # xmm1 = xmm1[0],xmm2[0],xmm1[1],xmm2[1]
	movdqu	xmmword ptr [rdi + 4*rdx], xmm0
	movdqu	xmmword ptr [rdi + 4*rdx + 16], xmm1
.LBB23_9:
	cmp	rcx, rax
	je	.LBB23_11
	.p2align	4, 0x90
.LBB23_10:                              # =>This Inner Loop Header: Depth=1
	mov	edx, ecx
	imul	edx, ecx
	mov	dword ptr [rdi + 4*rcx], edx
	add	rcx, 1
	cmp	rax, rcx
	jne	.LBB23_10
.LBB23_11:
	ret
.LBB23_4:
	movdqa	xmm0, xmmword ptr [rip + .LCPI23_0] # xmm0 = [0,1,2,3]
	xor	edx, edx
	test	r8b, 1
	jne	.LBB23_8
	jmp	.LBB23_9
.Lfunc_end23:
	.size	fill_squares, .Lfunc_end23-fill_squares
                                        # -- End function
	.globl	zero_array                      # -- Begin function zero_array
	.p2align	4, 0x90
	.type	zero_array,@function
zero_array:                             # @zero_array
# %bb.0:
	test	esi, esi
	jle	.LBB24_2
# %bb.1:
	push	rax
	mov	edx, esi
	shl	rdx, 2
	xor	esi, esi
	call	memset@PLT
	add	rsp, 8
.LBB24_2:
	ret
.Lfunc_end24:
	.size	zero_array, .Lfunc_end24-zero_array
                                        # -- End function
	.globl	copy_array                      # -- Begin function copy_array
	.p2align	4, 0x90
	.type	copy_array,@function
copy_array:                             # @copy_array
# %bb.0:
	test	edx, edx
	jle	.LBB25_18
# %bb.1:
	mov	r9d, edx
	cmp	edx, 8
	jb	.LBB25_2
# %bb.3:
	lea	rax, [rsi + 4*r9]
	cmp	rax, rdi
	jbe	.LBB25_6
# %bb.4:
	lea	rax, [rdi + 4*r9]
	cmp	rax, rsi
	jbe	.LBB25_6
.LBB25_2:
	xor	ecx, ecx
.LBB25_14:
	mov	r8, rcx
	not	r8
	add	r8, r9
	mov	rdx, r9
	and	rdx, 3
	je	.LBB25_16
	.p2align	4, 0x90
.LBB25_15:                              # =>This Inner Loop Header: Depth=1
	mov	eax, dword ptr [rsi + 4*rcx]
	mov	dword ptr [rdi + 4*rcx], eax
	add	rcx, 1
	add	rdx, -1
	jne	.LBB25_15
.LBB25_16:
	cmp	r8, 3
	jb	.LBB25_18
	.p2align	4, 0x90
.LBB25_17:                              # =>This Inner Loop Header: Depth=1
	mov	eax, dword ptr [rsi + 4*rcx]
	mov	dword ptr [rdi + 4*rcx], eax
	mov	eax, dword ptr [rsi + 4*rcx + 4]
	mov	dword ptr [rdi + 4*rcx + 4], eax
	mov	eax, dword ptr [rsi + 4*rcx + 8]
	mov	dword ptr [rdi + 4*rcx + 8], eax
	mov	eax, dword ptr [rsi + 4*rcx + 12]
	mov	dword ptr [rdi + 4*rcx + 12], eax
	add	rcx, 4
	cmp	r9, rcx
	jne	.LBB25_17
	jmp	.LBB25_18
.LBB25_6:
	mov	ecx, r9d
	and	ecx, -8
	lea	rax, [rcx - 8]
	mov	rdx, rax
	shr	rdx, 3
	add	rdx, 1
	mov	r8d, edx
	and	r8d, 3
	cmp	rax, 24
	jae	.LBB25_8
# %bb.7:
	xor	eax, eax
	jmp	.LBB25_10
.LBB25_8:
	and	rdx, -4
	xor	eax, eax
	.p2align	4, 0x90
.LBB25_9:                               # =>This Inner Loop Header: Depth=1
	movups	xmm0, xmmword ptr [rsi + 4*rax]
	movups	xmm1, xmmword ptr [rsi + 4*rax + 16]
	movups	xmmword ptr [rdi + 4*rax], xmm0
	movups	xmmword ptr [rdi + 4*rax + 16], xmm1
	movups	xmm0, xmmword ptr [rsi + 4*rax + 32]
	movups	xmm1, xmmword ptr [rsi + 4*rax + 48]
	movups	xmmword ptr [rdi + 4*rax + 32], xmm0
	movups	xmmword ptr [rdi + 4*rax + 48], xmm1
	movups	xmm0, xmmword ptr [rsi + 4*rax + 64]
	movups	xmm1, xmmword ptr [rsi + 4*rax + 80]
	movups	xmmword ptr [rdi + 4*rax + 64], xmm0
	movups	xmmword ptr [rdi + 4*rax + 80], xmm1
	movups	xmm0, xmmword ptr [rsi + 4*rax + 96]
	movups	xmm1, xmmword ptr [rsi + 4*rax + 112]
	movups	xmmword ptr [rdi + 4*rax + 96], xmm0
	movups	xmmword ptr [rdi + 4*rax + 112], xmm1
	add	rax, 32
	add	rdx, -4
	jne	.LBB25_9
.LBB25_10:
	test	r8, r8
	je	.LBB25_13
# %bb.11:
	lea	r10, [rdi + 4*rax]
	add	r10, 16
	lea	rax, [rsi + 4*rax]
	add	rax, 16
	shl	r8, 5
	xor	edx, edx
	.p2align	4, 0x90
.LBB25_12:                              # =>This Inner Loop Header: Depth=1
	movups	xmm0, xmmword ptr [rax + rdx - 16]
	movups	xmm1, xmmword ptr [rax + rdx]
	movups	xmmword ptr [r10 + rdx - 16], xmm0
	movups	xmmword ptr [r10 + rdx], xmm1
	add	rdx, 32
	cmp	r8, rdx
	jne	.LBB25_12
.LBB25_13:
	cmp	rcx, r9
	jne	.LBB25_14
.LBB25_18:
	ret
.Lfunc_end25:
	.size	copy_array, .Lfunc_end25-copy_array
                                        # -- End function
	.globl	majority_candidate              # -- Begin function majority_candidate
	.p2align	4, 0x90
	.type	majority_candidate,@function
majority_candidate:                     # @majority_candidate
# %bb.0:
	push	rbx
	test	esi, esi
	jle	.LBB26_1
# %bb.2:
	mov	r8d, esi
	cmp	esi, 1
	jne	.LBB26_8
# %bb.3:
	xor	edx, edx
	xor	ecx, ecx
	xor	eax, eax
.LBB26_4:
	test	r8b, 1
	je	.LBB26_7
# %bb.5:
	test	ecx, ecx
	jne	.LBB26_7
# %bb.6:
	mov	eax, dword ptr [rdi + 4*rdx]
.LBB26_7:
	pop	rbx
	ret
.LBB26_1:
	xor	eax, eax
	pop	rbx
	ret
.LBB26_8:
	mov	r9d, r8d
	and	r9d, -2
	xor	edx, edx
	xor	ecx, ecx
	xor	eax, eax
	jmp	.LBB26_9
	.p2align	4, 0x90
.LBB26_13:                              #   in Loop: Header=BB26_9 Depth=1
	lea	ecx, [rcx + 2*rsi]
	xor	esi, esi
	cmp	r10d, eax
	sete	sil
	lea	ecx, [rcx + 2*rsi]
	add	ecx, -2
	add	rdx, 2
	cmp	r9, rdx
	je	.LBB26_4
.LBB26_9:                               # =>This Inner Loop Header: Depth=1
	mov	ebx, dword ptr [rdi + 4*rdx]
	mov	r11d, ebx
	test	ecx, ecx
	je	.LBB26_11
# %bb.10:                               #   in Loop: Header=BB26_9 Depth=1
	mov	r11d, eax
.LBB26_11:                              #   in Loop: Header=BB26_9 Depth=1
	mov	r10d, dword ptr [rdi + 4*rdx + 4]
	xor	esi, esi
	cmp	ebx, r11d
	sete	sil
	lea	ebx, [rcx + 2*rsi]
	add	ebx, -1
	mov	eax, r10d
	test	ebx, ebx
	je	.LBB26_13
# %bb.12:                               #   in Loop: Header=BB26_9 Depth=1
	mov	eax, r11d
	jmp	.LBB26_13
.Lfunc_end26:
	.size	majority_candidate, .Lfunc_end26-majority_candidate
                                        # -- End function
	.globl	second_largest                  # -- Begin function second_largest
	.p2align	4, 0x90
	.type	second_largest,@function
second_largest:                         # @second_largest
# %bb.0:
	test	esi, esi
	jle	.LBB27_1
# %bb.2:
	mov	r8d, esi
	cmp	esi, 1
	jne	.LBB27_7
# %bb.3:
	mov	eax, -2147483648
	xor	r10d, r10d
	mov	ecx, -2147483648
	jmp	.LBB27_4
.LBB27_1:
	mov	eax, -2147483648
	ret
.LBB27_7:
	mov	r9d, r8d
	and	r9d, -2
	mov	eax, -2147483648
	xor	r10d, r10d
	mov	r11d, -2147483648
	.p2align	4, 0x90
.LBB27_8:                               # =>This Inner Loop Header: Depth=1
	mov	esi, dword ptr [rdi + 4*r10]
	cmp	esi, r11d
	mov	edx, esi
	cmove	edx, eax
	cmp	esi, eax
	cmovle	edx, eax
	cmp	esi, r11d
	cmovle	esi, r11d
	cmovg	edx, r11d
	mov	ecx, dword ptr [rdi + 4*r10 + 4]
	cmp	ecx, esi
	mov	eax, ecx
	cmove	eax, edx
	cmp	ecx, edx
	cmovle	eax, edx
	cmp	ecx, esi
	cmovle	ecx, esi
	cmovg	eax, esi
	add	r10, 2
	mov	r11d, ecx
	cmp	r9, r10
	jne	.LBB27_8
.LBB27_4:
	test	r8b, 1
	je	.LBB27_6
# %bb.5:
	mov	edx, dword ptr [rdi + 4*r10]
	cmp	edx, ecx
	mov	esi, edx
	cmove	esi, eax
	cmp	edx, eax
	cmovle	esi, eax
	cmp	edx, ecx
	cmovg	esi, ecx
	mov	eax, esi
.LBB27_6:
	ret
.Lfunc_end27:
	.size	second_largest, .Lfunc_end27-second_largest
                                        # -- End function
	.ident	"Debian clang version 14.0.6"
	.section	".note.GNU-stack","",@progbits
