	.text
	.intel_syntax noprefix
	.file	"arrays.c"
	.globl	sum_array                       # -- Begin function sum_array
	.type	sum_array,@function
sum_array:                              # @sum_array
# %bb.0:
	test	esi, esi
	jle	.LBB0_1
# %bb.3:
	mov	ecx, esi
	xor	edx, edx
	xor	eax, eax
.LBB0_4:                                # =>This Inner Loop Header: Depth=1
	movsxd	rsi, dword ptr [rdi + 4*rdx]
	add	rax, rsi
	inc	rdx
	cmp	rcx, rdx
	jne	.LBB0_4
# %bb.2:
	ret
.LBB0_1:
	xor	eax, eax
	ret
.Lfunc_end0:
	.size	sum_array, .Lfunc_end0-sum_array
                                        # -- End function
	.globl	max_array                       # -- Begin function max_array
	.type	max_array,@function
max_array:                              # @max_array
# %bb.0:
	test	esi, esi
	je	.LBB1_1
# %bb.2:
	mov	eax, dword ptr [rdi]
	cmp	esi, 2
	jl	.LBB1_5
# %bb.3:
	mov	ecx, esi
	mov	edx, 1
.LBB1_4:                                # =>This Inner Loop Header: Depth=1
	mov	esi, dword ptr [rdi + 4*rdx]
	cmp	esi, eax
	cmovg	eax, esi
	inc	rdx
	cmp	rcx, rdx
	jne	.LBB1_4
.LBB1_5:
	ret
.LBB1_1:
	xor	eax, eax
	ret
.Lfunc_end1:
	.size	max_array, .Lfunc_end1-max_array
                                        # -- End function
	.globl	argmin                          # -- Begin function argmin
	.type	argmin,@function
argmin:                                 # @argmin
# %bb.0:
	xor	r8d, r8d
	cmp	esi, 2
	jl	.LBB2_5
# %bb.1:
	mov	r9d, esi
	xor	edx, edx
	mov	ecx, 1
.LBB2_2:                                # =>This Inner Loop Header: Depth=1
	mov	r10d, dword ptr [rdi + 4*rcx]
	movsxd	rax, edx
	mov	r8d, ecx
	cmp	r10d, dword ptr [rdi + 4*rax]
	jl	.LBB2_4
# %bb.3:                                #   in Loop: Header=BB2_2 Depth=1
	mov	r8d, edx
.LBB2_4:                                #   in Loop: Header=BB2_2 Depth=1
	inc	rcx
	mov	edx, r8d
	cmp	r9, rcx
	jne	.LBB2_2
.LBB2_5:
	cmp	esi, 1
	sbb	eax, eax
	or	eax, r8d
	ret
.Lfunc_end2:
	.size	argmin, .Lfunc_end2-argmin
                                        # -- End function
	.globl	count_negative                  # -- Begin function count_negative
	.type	count_negative,@function
count_negative:                         # @count_negative
# %bb.0:
	test	esi, esi
	jle	.LBB3_1
# %bb.3:
	mov	ecx, esi
	xor	edx, edx
	xor	eax, eax
.LBB3_4:                                # =>This Inner Loop Header: Depth=1
	mov	esi, dword ptr [rdi + 4*rdx]
	shr	esi, 31
	add	eax, esi
	inc	rdx
	cmp	rcx, rdx
	jne	.LBB3_4
# %bb.2:
	ret
.LBB3_1:
	xor	eax, eax
	ret
.Lfunc_end3:
	.size	count_negative, .Lfunc_end3-count_negative
                                        # -- End function
	.globl	linear_search                   # -- Begin function linear_search
	.type	linear_search,@function
linear_search:                          # @linear_search
# %bb.0:
	mov	eax, -1
	test	esi, esi
	jle	.LBB4_5
# %bb.1:
	mov	esi, esi
	xor	ecx, ecx
.LBB4_2:                                # =>This Inner Loop Header: Depth=1
	cmp	dword ptr [rdi + 4*rcx], edx
	je	.LBB4_4
# %bb.3:                                #   in Loop: Header=BB4_2 Depth=1
	inc	rcx
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
	.type	binary_search,@function
binary_search:                          # @binary_search
# %bb.0:
	mov	eax, -1
	test	esi, esi
	jle	.LBB5_8
# %bb.1:
	dec	esi
	xor	r8d, r8d
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
	jl	.LBB5_5
# %bb.6:                                #   in Loop: Header=BB5_2 Depth=1
	dec	r10d
	mov	esi, r10d
	jmp	.LBB5_7
.LBB5_5:                                #   in Loop: Header=BB5_2 Depth=1
	inc	r10d
	mov	r8d, r10d
.LBB5_7:                                #   in Loop: Header=BB5_2 Depth=1
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
	.type	lower_bound,@function
lower_bound:                            # @lower_bound
# %bb.0:
                                        # kill: def $esi killed $esi def $rsi
	xor	eax, eax
	test	esi, esi
	jle	.LBB6_5
.LBB6_1:                                # =>This Inner Loop Header: Depth=1
	lea	r8d, [rax + rsi]
	sar	r8d
	movsxd	rcx, r8d
	cmp	dword ptr [rdi + 4*rcx], edx
	jl	.LBB6_2
# %bb.3:                                #   in Loop: Header=BB6_1 Depth=1
	mov	esi, r8d
	jmp	.LBB6_4
.LBB6_2:                                #   in Loop: Header=BB6_1 Depth=1
	inc	r8d
	mov	eax, r8d
.LBB6_4:                                #   in Loop: Header=BB6_1 Depth=1
	cmp	eax, esi
	jl	.LBB6_1
.LBB6_5:
                                        # kill: def $eax killed $eax killed $rax
	ret
.Lfunc_end6:
	.size	lower_bound, .Lfunc_end6-lower_bound
                                        # -- End function
	.globl	is_sorted                       # -- Begin function is_sorted
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
	.type	reverse_array,@function
reverse_array:                          # @reverse_array
# %bb.0:
	cmp	esi, 2
	jl	.LBB8_3
# %bb.1:
	mov	eax, esi
	add	rax, -2
	xor	ecx, ecx
.LBB8_2:                                # =>This Inner Loop Header: Depth=1
	mov	edx, dword ptr [rdi + 4*rcx]
	mov	esi, dword ptr [rdi + 4*rax + 4]
	mov	dword ptr [rdi + 4*rcx], esi
	mov	dword ptr [rdi + 4*rax + 4], edx
	inc	rcx
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
	.type	insertion_sort,@function
insertion_sort:                         # @insertion_sort
# %bb.0:
	cmp	esi, 2
	jl	.LBB9_7
# %bb.1:
	mov	r8d, esi
	mov	r9d, 1
.LBB9_2:                                # =>This Loop Header: Depth=1
                                        #     Child Loop BB9_3 Depth 2
	mov	edx, dword ptr [rdi + 4*r9]
	mov	rcx, r9
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
.LBB9_6:                                #   in Loop: Header=BB9_2 Depth=1
	movsxd	rax, ecx
	mov	dword ptr [rdi + 4*rax], edx
	inc	r9
	cmp	r9, r8
	jne	.LBB9_2
.LBB9_7:
	ret
.Lfunc_end9:
	.size	insertion_sort, .Lfunc_end9-insertion_sort
                                        # -- End function
	.globl	bubble_sort                     # -- Begin function bubble_sort
	.type	bubble_sort,@function
bubble_sort:                            # @bubble_sort
# %bb.0:
                                        # kill: def $esi killed $esi def $rsi
	test	esi, esi
	jle	.LBB10_8
# %bb.1:
	lea	r9d, [rsi - 1]
	xor	r8d, r8d
.LBB10_2:                               # =>This Loop Header: Depth=1
                                        #     Child Loop BB10_4 Depth 2
	mov	r9d, r9d
	mov	eax, esi
	sub	eax, r8d
	cmp	eax, 2
	jl	.LBB10_7
# %bb.3:                                #   in Loop: Header=BB10_2 Depth=1
	xor	edx, edx
.LBB10_4:                               #   Parent Loop BB10_2 Depth=1
                                        # =>  This Inner Loop Header: Depth=2
	lea	rcx, [rdx + 1]
	mov	r10d, dword ptr [rdi + 4*rdx]
	mov	eax, dword ptr [rdi + 4*rdx + 4]
	cmp	r10d, eax
	jle	.LBB10_6
# %bb.5:                                #   in Loop: Header=BB10_4 Depth=2
	mov	dword ptr [rdi + 4*rdx], eax
	mov	dword ptr [rdi + 4*rdx + 4], r10d
.LBB10_6:                               #   in Loop: Header=BB10_4 Depth=2
	mov	rdx, rcx
	cmp	r9, rcx
	jne	.LBB10_4
.LBB10_7:                               #   in Loop: Header=BB10_2 Depth=1
	inc	r8d
	dec	r9d
	cmp	r8d, esi
	jne	.LBB10_2
.LBB10_8:
	ret
.Lfunc_end10:
	.size	bubble_sort, .Lfunc_end10-bubble_sort
                                        # -- End function
	.globl	selection_sort                  # -- Begin function selection_sort
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
.LBB11_2:                               # =>This Loop Header: Depth=1
                                        #     Child Loop BB11_5 Depth 2
	lea	r8, [r10 + 1]
	mov	esi, r10d
	mov	rcx, r9
	cmp	r8, r11
	jae	.LBB11_3
.LBB11_5:                               #   Parent Loop BB11_2 Depth=1
                                        # =>  This Inner Loop Header: Depth=2
	mov	rax, qword ptr [rdi + 8*rcx]
	movsxd	rbx, esi
	mov	edx, ecx
	cmp	rax, qword ptr [rdi + 8*rbx]
	jl	.LBB11_7
# %bb.6:                                #   in Loop: Header=BB11_5 Depth=2
	mov	edx, esi
.LBB11_7:                               #   in Loop: Header=BB11_5 Depth=2
	inc	rcx
	mov	esi, edx
	cmp	r11, rcx
	jne	.LBB11_5
.LBB11_3:                               #   in Loop: Header=BB11_2 Depth=1
	mov	rcx, qword ptr [rdi + 8*r10]
	movsxd	rdx, esi
	mov	rsi, qword ptr [rdi + 8*rdx]
	mov	qword ptr [rdi + 8*r10], rsi
	mov	qword ptr [rdi + 8*rdx], rcx
	inc	r9
	mov	r10, r8
	cmp	r8, r11
	jne	.LBB11_2
.LBB11_4:
	pop	rbx
	ret
.Lfunc_end11:
	.size	selection_sort, .Lfunc_end11-selection_sort
                                        # -- End function
	.globl	heap_sort                       # -- Begin function heap_sort
	.type	heap_sort,@function
heap_sort:                              # @heap_sort
# %bb.0:
	push	rbp
	push	r15
	push	r14
	push	r12
	push	rbx
	test	esi, esi
	jle	.LBB12_6
# %bb.1:
	mov	r14d, esi
	mov	r15, rdi
	lea	ebp, [r14 - 2]
	mov	eax, ebp
	shr	eax, 31
	lea	ebx, [r14 + rax]
	add	ebx, -2
	sar	ebx
	lea	r12d, [r14 - 1]
.LBB12_2:                               # =>This Inner Loop Header: Depth=1
	mov	rdi, r15
	mov	esi, ebx
	mov	edx, r12d
	call	sift_down
	add	ebx, -1
	jb	.LBB12_2
# %bb.3:
	cmp	r14d, 2
	jl	.LBB12_6
# %bb.4:
	mov	ebx, r14d
	inc	rbx
.LBB12_5:                               # =>This Inner Loop Header: Depth=1
	lea	eax, [rbx - 2]
	mov	ecx, dword ptr [r15 + 4*rax]
	mov	edx, dword ptr [r15]
	mov	dword ptr [r15 + 4*rax], edx
	mov	dword ptr [r15], ecx
	mov	rdi, r15
	xor	esi, esi
	mov	edx, ebp
	call	sift_down
	dec	ebp
	dec	rbx
	cmp	rbx, 2
	ja	.LBB12_5
.LBB12_6:
	pop	rbx
	pop	r12
	pop	r14
	pop	r15
	pop	rbp
	ret
.Lfunc_end12:
	.size	heap_sort, .Lfunc_end12-heap_sort
                                        # -- End function
	.type	sift_down,@function             # -- Begin function sift_down
sift_down:                              # @sift_down
# %bb.0:
                                        # kill: def $esi killed $esi def $rsi
	lea	ecx, [rsi + rsi]
	inc	ecx
	cmp	ecx, edx
	jg	.LBB13_10
# %bb.1:
	lea	r9d, [rsi + rsi]
	movsxd	rax, esi
	mov	r8d, dword ptr [rdi + 4*rax]
.LBB13_2:                               # =>This Inner Loop Header: Depth=1
	movsxd	r10, ecx
	mov	eax, ecx
	cmp	r8d, dword ptr [rdi + 4*r10]
	jl	.LBB13_4
# %bb.3:                                #   in Loop: Header=BB13_2 Depth=1
	mov	eax, esi
.LBB13_4:                               #   in Loop: Header=BB13_2 Depth=1
	add	r9d, 2
	cmp	r9d, edx
	jg	.LBB13_8
# %bb.5:                                #   in Loop: Header=BB13_2 Depth=1
	movsxd	rcx, eax
	mov	r10d, dword ptr [rdi + 4*rcx]
	movsxd	rcx, r9d
	cmp	r10d, dword ptr [rdi + 4*rcx]
	jl	.LBB13_7
# %bb.6:                                #   in Loop: Header=BB13_2 Depth=1
	mov	r9d, eax
.LBB13_7:                               #   in Loop: Header=BB13_2 Depth=1
	mov	eax, r9d
.LBB13_8:                               #   in Loop: Header=BB13_2 Depth=1
	cmp	eax, esi
	je	.LBB13_10
# %bb.9:                                #   in Loop: Header=BB13_2 Depth=1
	movsxd	r9, esi
	movsxd	rsi, eax
	mov	ecx, dword ptr [rdi + 4*rsi]
	mov	dword ptr [rdi + 4*r9], ecx
	mov	dword ptr [rdi + 4*rsi], r8d
	lea	r9d, [rax + rax]
	lea	ecx, [rax + rax]
	inc	ecx
	mov	esi, eax
	cmp	ecx, edx
	jle	.LBB13_2
.LBB13_10:
	ret
.Lfunc_end13:
	.size	sift_down, .Lfunc_end13-sift_down
                                        # -- End function
	.globl	quick_sort                      # -- Begin function quick_sort
	.type	quick_sort,@function
quick_sort:                             # @quick_sort
# %bb.0:
                                        # kill: def $esi killed $esi def $rsi
	lea	edx, [rsi - 1]
	xor	esi, esi
	jmp	quick                           # TAILCALL
.Lfunc_end14:
	.size	quick_sort, .Lfunc_end14-quick_sort
                                        # -- End function
	.type	quick,@function                 # -- Begin function quick
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
	jge	.LBB15_12
# %bb.1:
	mov	r14d, edx
	mov	r12, rdi
	lea	r15, [rdi + 4]
.LBB15_2:                               # =>This Loop Header: Depth=1
                                        #     Child Loop BB15_4 Depth 2
                                        #       Child Loop BB15_5 Depth 3
                                        #       Child Loop BB15_7 Depth 3
	mov	edx, r14d
	mov	r13d, esi
	cmp	esi, r14d
	jg	.LBB15_11
# %bb.3:                                #   in Loop: Header=BB15_2 Depth=1
	lea	eax, [rsi + r14]
	mov	ecx, eax
	shr	ecx, 31
	add	ecx, eax
	sar	ecx
	movsxd	rax, ecx
	mov	r8d, dword ptr [r12 + 4*rax]
	mov	r13d, esi
	mov	ecx, r14d
.LBB15_4:                               #   Parent Loop BB15_2 Depth=1
                                        # =>  This Loop Header: Depth=2
                                        #       Child Loop BB15_5 Depth 3
                                        #       Child Loop BB15_7 Depth 3
	movsxd	rax, r13d
	lea	rbx, [r12 + 4*rax]
	mov	edi, r13d
.LBB15_5:                               #   Parent Loop BB15_2 Depth=1
                                        #     Parent Loop BB15_4 Depth=2
                                        # =>    This Inner Loop Header: Depth=3
	mov	r9d, dword ptr [rbx]
	add	rbx, 4
	inc	edi
	cmp	r9d, r8d
	jl	.LBB15_5
# %bb.6:                                #   in Loop: Header=BB15_4 Depth=2
	lea	r13d, [rdi - 1]
	movsxd	rax, ecx
	lea	rax, [r15 + 4*rax]
.LBB15_7:                               #   Parent Loop BB15_2 Depth=1
                                        #     Parent Loop BB15_4 Depth=2
                                        # =>    This Inner Loop Header: Depth=3
	mov	ebp, dword ptr [rax - 4]
	add	rax, -4
	dec	ecx
	cmp	ebp, r8d
	jg	.LBB15_7
# %bb.8:                                #   in Loop: Header=BB15_4 Depth=2
	lea	edx, [rcx + 1]
	cmp	r13d, edx
	jg	.LBB15_10
# %bb.9:                                #   in Loop: Header=BB15_4 Depth=2
	mov	dword ptr [rbx - 4], ebp
	mov	dword ptr [rax], r9d
	mov	edx, ecx
	mov	r13d, edi
.LBB15_10:                              #   in Loop: Header=BB15_4 Depth=2
	mov	ecx, edx
	cmp	r13d, edx
	jle	.LBB15_4
.LBB15_11:                              #   in Loop: Header=BB15_2 Depth=1
	mov	rdi, r12
                                        # kill: def $esi killed $esi killed $rsi
	call	quick
	mov	esi, r13d
	cmp	r13d, r14d
	jl	.LBB15_2
.LBB15_12:
	add	rsp, 8
	pop	rbx
	pop	r12
	pop	r13
	pop	r14
	pop	r15
	pop	rbp
	ret
.Lfunc_end15:
	.size	quick, .Lfunc_end15-quick
                                        # -- End function
	.globl	prefix_sums                     # -- Begin function prefix_sums
	.type	prefix_sums,@function
prefix_sums:                            # @prefix_sums
# %bb.0:
	cmp	esi, 2
	jl	.LBB16_3
# %bb.1:
	mov	eax, esi
	mov	ecx, dword ptr [rdi]
	mov	edx, 1
.LBB16_2:                               # =>This Inner Loop Header: Depth=1
	add	ecx, dword ptr [rdi + 4*rdx]
	mov	dword ptr [rdi + 4*rdx], ecx
	inc	rdx
	cmp	rax, rdx
	jne	.LBB16_2
.LBB16_3:
	ret
.Lfunc_end16:
	.size	prefix_sums, .Lfunc_end16-prefix_sums
                                        # -- End function
	.globl	dot_product                     # -- Begin function dot_product
	.type	dot_product,@function
dot_product:                            # @dot_product
# %bb.0:
	test	edx, edx
	jle	.LBB17_1
# %bb.3:
	mov	r8d, edx
	xor	edx, edx
	xor	eax, eax
.LBB17_4:                               # =>This Inner Loop Header: Depth=1
	movsxd	r9, dword ptr [rdi + 4*rdx]
	movsxd	rcx, dword ptr [rsi + 4*rdx]
	imul	rcx, r9
	add	rax, rcx
	inc	rdx
	cmp	r8, rdx
	jne	.LBB17_4
# %bb.2:
	ret
.LBB17_1:
	xor	eax, eax
	ret
.Lfunc_end17:
	.size	dot_product, .Lfunc_end17-dot_product
                                        # -- End function
	.globl	max_subarray                    # -- Begin function max_subarray
	.type	max_subarray,@function
max_subarray:                           # @max_subarray
# %bb.0:
	test	esi, esi
	jle	.LBB18_1
# %bb.3:
	mov	r9d, esi
	xor	r8d, r8d
	xor	esi, esi
	xor	ecx, ecx
	xor	eax, eax
.LBB18_4:                               # =>This Inner Loop Header: Depth=1
	movsxd	rdx, dword ptr [rdi + 4*rsi]
	add	rdx, rcx
	cmovs	rdx, r8
	cmp	rdx, rax
	cmova	rax, rdx
	inc	rsi
	mov	rcx, rdx
	cmp	r9, rsi
	jne	.LBB18_4
# %bb.2:
	ret
.LBB18_1:
	xor	eax, eax
	ret
.Lfunc_end18:
	.size	max_subarray, .Lfunc_end18-max_subarray
                                        # -- End function
	.globl	rotate_left_one                 # -- Begin function rotate_left_one
	.type	rotate_left_one,@function
rotate_left_one:                        # @rotate_left_one
# %bb.0:
	cmp	esi, 2
	jl	.LBB19_2
# %bb.1:
	push	rbp
	push	r14
	push	rbx
	mov	ebx, esi
	mov	r14, rdi
	mov	ebp, dword ptr [rdi]
	lea	rsi, [rdi + 4]
	dec	ebx
	lea	rdx, [4*rbx]
	call	memmove@PLT
	mov	dword ptr [r14 + 4*rbx], ebp
	pop	rbx
	pop	r14
	pop	rbp
.LBB19_2:
	ret
.Lfunc_end19:
	.size	rotate_left_one, .Lfunc_end19-rotate_left_one
                                        # -- End function
	.globl	count_distinct_sorted           # -- Begin function count_distinct_sorted
	.type	count_distinct_sorted,@function
count_distinct_sorted:                  # @count_distinct_sorted
# %bb.0:
	xor	eax, eax
	test	esi, esi
	setg	al
	cmp	esi, 2
	jl	.LBB20_3
# %bb.1:
	mov	r8d, esi
	mov	esi, dword ptr [rdi]
	mov	edx, 1
.LBB20_2:                               # =>This Inner Loop Header: Depth=1
	mov	r9d, dword ptr [rdi + 4*rdx]
	xor	ecx, ecx
	cmp	r9d, esi
	setne	cl
	add	eax, ecx
	inc	rdx
	mov	esi, r9d
	cmp	r8, rdx
	jne	.LBB20_2
.LBB20_3:
	ret
.Lfunc_end20:
	.size	count_distinct_sorted, .Lfunc_end20-count_distinct_sorted
                                        # -- End function
	.globl	sum_u64                         # -- Begin function sum_u64
	.type	sum_u64,@function
sum_u64:                                # @sum_u64
# %bb.0:
	test	rsi, rsi
	je	.LBB21_1
# %bb.3:
	xor	ecx, ecx
	xor	eax, eax
.LBB21_4:                               # =>This Inner Loop Header: Depth=1
	add	rax, qword ptr [rdi + 8*rcx]
	inc	rcx
	cmp	rsi, rcx
	jne	.LBB21_4
# %bb.2:
	ret
.LBB21_1:
	xor	eax, eax
	ret
.Lfunc_end21:
	.size	sum_u64, .Lfunc_end21-sum_u64
                                        # -- End function
	.globl	sum_bytes                       # -- Begin function sum_bytes
	.type	sum_bytes,@function
sum_bytes:                              # @sum_bytes
# %bb.0:
	test	rsi, rsi
	je	.LBB22_1
# %bb.3:
	xor	ecx, ecx
	xor	eax, eax
.LBB22_4:                               # =>This Inner Loop Header: Depth=1
	movzx	edx, byte ptr [rdi + rcx]
	add	eax, edx
	inc	rcx
	cmp	rsi, rcx
	jne	.LBB22_4
# %bb.2:
	ret
.LBB22_1:
	xor	eax, eax
	ret
.Lfunc_end22:
	.size	sum_bytes, .Lfunc_end22-sum_bytes
                                        # -- End function
	.globl	sum_shorts                      # -- Begin function sum_shorts
	.type	sum_shorts,@function
sum_shorts:                             # @sum_shorts
# %bb.0:
	test	esi, esi
	jle	.LBB23_1
# %bb.3:
	mov	ecx, esi
	xor	edx, edx
	xor	eax, eax
.LBB23_4:                               # =>This Inner Loop Header: Depth=1
	movsx	esi, word ptr [rdi + 2*rdx]
	add	eax, esi
	inc	rdx
	cmp	rcx, rdx
	jne	.LBB23_4
# %bb.2:
	ret
.LBB23_1:
	xor	eax, eax
	ret
.Lfunc_end23:
	.size	sum_shorts, .Lfunc_end23-sum_shorts
                                        # -- End function
	.globl	fill_squares                    # -- Begin function fill_squares
	.type	fill_squares,@function
fill_squares:                           # @fill_squares
# %bb.0:
	test	esi, esi
	jle	.LBB24_3
# %bb.1:
	mov	eax, esi
	xor	ecx, ecx
.LBB24_2:                               # =>This Inner Loop Header: Depth=1
	mov	edx, ecx
	imul	edx, ecx
	mov	dword ptr [rdi + 4*rcx], edx
	inc	rcx
	cmp	rax, rcx
	jne	.LBB24_2
.LBB24_3:
	ret
.Lfunc_end24:
	.size	fill_squares, .Lfunc_end24-fill_squares
                                        # -- End function
	.globl	zero_array                      # -- Begin function zero_array
	.type	zero_array,@function
zero_array:                             # @zero_array
# %bb.0:
	test	esi, esi
	jle	.LBB25_2
# %bb.1:
	push	rax
	mov	edx, esi
	shl	rdx, 2
	xor	esi, esi
	call	memset@PLT
	add	rsp, 8
.LBB25_2:
	ret
.Lfunc_end25:
	.size	zero_array, .Lfunc_end25-zero_array
                                        # -- End function
	.globl	copy_array                      # -- Begin function copy_array
	.type	copy_array,@function
copy_array:                             # @copy_array
# %bb.0:
	test	edx, edx
	jle	.LBB26_3
# %bb.1:
	mov	eax, edx
	xor	ecx, ecx
.LBB26_2:                               # =>This Inner Loop Header: Depth=1
	mov	edx, dword ptr [rsi + 4*rcx]
	mov	dword ptr [rdi + 4*rcx], edx
	inc	rcx
	cmp	rax, rcx
	jne	.LBB26_2
.LBB26_3:
	ret
.Lfunc_end26:
	.size	copy_array, .Lfunc_end26-copy_array
                                        # -- End function
	.globl	majority_candidate              # -- Begin function majority_candidate
	.type	majority_candidate,@function
majority_candidate:                     # @majority_candidate
# %bb.0:
	test	esi, esi
	jle	.LBB27_1
# %bb.3:
	mov	r8d, esi
	xor	edx, edx
	xor	esi, esi
	xor	r9d, r9d
.LBB27_4:                               # =>This Inner Loop Header: Depth=1
	mov	r10d, dword ptr [rdi + 4*rdx]
	mov	eax, r10d
	test	esi, esi
	je	.LBB27_6
# %bb.5:                                #   in Loop: Header=BB27_4 Depth=1
	mov	eax, r9d
.LBB27_6:                               #   in Loop: Header=BB27_4 Depth=1
	xor	ecx, ecx
	cmp	r10d, eax
	sete	cl
	lea	esi, [rsi + 2*rcx]
	dec	esi
	inc	rdx
	mov	r9d, eax
	cmp	r8, rdx
	jne	.LBB27_4
# %bb.2:
	ret
.LBB27_1:
	xor	eax, eax
	ret
.Lfunc_end27:
	.size	majority_candidate, .Lfunc_end27-majority_candidate
                                        # -- End function
	.globl	second_largest                  # -- Begin function second_largest
	.type	second_largest,@function
second_largest:                         # @second_largest
# %bb.0:
	test	esi, esi
	jle	.LBB28_1
# %bb.3:
	mov	r8d, esi
	mov	r9d, -2147483648
	xor	edx, edx
	mov	esi, -2147483648
.LBB28_4:                               # =>This Inner Loop Header: Depth=1
	mov	ecx, dword ptr [rdi + 4*rdx]
	cmp	ecx, esi
	mov	eax, ecx
	cmove	eax, r9d
	cmp	ecx, r9d
	cmovle	eax, r9d
	cmp	ecx, esi
	cmovle	ecx, esi
	cmovg	eax, esi
	inc	rdx
	mov	r9d, eax
	mov	esi, ecx
	cmp	r8, rdx
	jne	.LBB28_4
# %bb.2:
	ret
.LBB28_1:
	mov	eax, -2147483648
	ret
.Lfunc_end28:
	.size	second_largest, .Lfunc_end28-second_largest
                                        # -- End function
	.ident	"Debian clang version 14.0.6"
	.section	".note.GNU-stack","",@progbits
