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
# %bb.3:
	mov	ecx, esi
	xor	edx, edx
	xor	eax, eax
	.p2align	4, 0x90
.LBB0_4:                                # =>This Inner Loop Header: Depth=1
	movsxd	rsi, dword ptr [rdi + 4*rdx]
	add	rax, rsi
	add	rdx, 1
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
	.p2align	4, 0x90
	.type	max_array,@function
max_array:                              # @max_array
# %bb.0:
	test	esi, esi
	je	.LBB1_1
# %bb.2:
	mov	eax, dword ptr [rdi]
	cmp	esi, 2
	jge	.LBB1_4
	jmp	.LBB1_6
.LBB1_1:
	xor	eax, eax
	cmp	esi, 2
	jl	.LBB1_6
.LBB1_4:
	mov	ecx, esi
	mov	edx, 1
	.p2align	4, 0x90
.LBB1_5:                                # =>This Inner Loop Header: Depth=1
	mov	esi, dword ptr [rdi + 4*rdx]
	cmp	esi, eax
	cmovg	eax, esi
	add	rdx, 1
	cmp	rcx, rdx
	jne	.LBB1_5
.LBB1_6:
	ret
.Lfunc_end1:
	.size	max_array, .Lfunc_end1-max_array
                                        # -- End function
	.globl	argmin                          # -- Begin function argmin
	.p2align	4, 0x90
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
	jmp	.LBB2_2
	.p2align	4, 0x90
.LBB2_4:                                #   in Loop: Header=BB2_2 Depth=1
	add	rcx, 1
	mov	edx, r8d
	cmp	r9, rcx
	je	.LBB2_5
.LBB2_2:                                # =>This Inner Loop Header: Depth=1
	mov	r10d, dword ptr [rdi + 4*rcx]
	movsxd	rax, edx
	mov	r8d, ecx
	cmp	r10d, dword ptr [rdi + 4*rax]
	jl	.LBB2_4
# %bb.3:                                #   in Loop: Header=BB2_2 Depth=1
	mov	r8d, edx
	jmp	.LBB2_4
.LBB2_5:
	cmp	esi, 1
	sbb	eax, eax
	or	eax, r8d
	ret
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
# %bb.3:
	mov	ecx, esi
	xor	edx, edx
	xor	eax, eax
	.p2align	4, 0x90
.LBB3_4:                                # =>This Inner Loop Header: Depth=1
	mov	esi, dword ptr [rdi + 4*rdx]
	shr	esi, 31
	add	eax, esi
	add	rdx, 1
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
	add	esi, -1
	xor	r8d, r8d
                                        # implicit-def: $eax
	jmp	.LBB5_1
	.p2align	4, 0x90
.LBB5_4:                                #   in Loop: Header=BB5_1 Depth=1
	mov	eax, r10d
.LBB5_8:                                #   in Loop: Header=BB5_1 Depth=1
	cmp	r9d, edx
	je	.LBB5_9
.LBB5_1:                                # =>This Inner Loop Header: Depth=1
	mov	ecx, esi
	sub	ecx, r8d
	jl	.LBB5_2
# %bb.3:                                #   in Loop: Header=BB5_1 Depth=1
	mov	r10d, ecx
	shr	r10d, 31
	add	r10d, ecx
	sar	r10d
	add	r10d, r8d
	movsxd	rcx, r10d
	mov	r9d, dword ptr [rdi + 4*rcx]
	cmp	r9d, edx
	je	.LBB5_4
# %bb.5:                                #   in Loop: Header=BB5_1 Depth=1
	jl	.LBB5_6
# %bb.7:                                #   in Loop: Header=BB5_1 Depth=1
	add	r10d, -1
	mov	esi, r10d
	jmp	.LBB5_8
	.p2align	4, 0x90
.LBB5_6:                                #   in Loop: Header=BB5_1 Depth=1
	add	r10d, 1
	mov	r8d, r10d
	jmp	.LBB5_8
.LBB5_9:
	ret
.LBB5_2:
	mov	eax, -1
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
	cmp	esi, 2
	setge	al
	jl	.LBB7_6
# %bb.1:
	mov	ecx, dword ptr [rdi]
	cmp	ecx, dword ptr [rdi + 4]
	jg	.LBB7_6
# %bb.2:
	movsxd	r8, esi
	mov	ecx, esi
	mov	esi, 2
	.p2align	4, 0x90
.LBB7_3:                                # =>This Inner Loop Header: Depth=1
	mov	rdx, rsi
	cmp	rcx, rsi
	je	.LBB7_5
# %bb.4:                                #   in Loop: Header=BB7_3 Depth=1
	mov	eax, dword ptr [rdi + 4*rdx - 4]
	lea	rsi, [rdx + 1]
	cmp	eax, dword ptr [rdi + 4*rdx]
	jle	.LBB7_3
.LBB7_5:
	cmp	rdx, r8
	setl	al
.LBB7_6:
	xor	al, 1
	movzx	eax, al
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
	movsxd	rax, esi
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
	mov	ecx, 1
	jmp	.LBB9_2
	.p2align	4, 0x90
.LBB9_6:                                #   in Loop: Header=BB9_2 Depth=1
	movsxd	rax, esi
	mov	dword ptr [rdi + 4*rax], edx
	add	rcx, 1
	cmp	rcx, r8
	je	.LBB9_7
.LBB9_2:                                # =>This Loop Header: Depth=1
                                        #     Child Loop BB9_3 Depth 2
	mov	edx, dword ptr [rdi + 4*rcx]
	mov	rsi, rcx
	.p2align	4, 0x90
.LBB9_3:                                #   Parent Loop BB9_2 Depth=1
                                        # =>  This Inner Loop Header: Depth=2
	mov	eax, dword ptr [rdi + 4*rsi - 4]
	cmp	eax, edx
	jle	.LBB9_6
# %bb.4:                                #   in Loop: Header=BB9_3 Depth=2
	mov	dword ptr [rdi + 4*rsi], eax
	add	rsi, -1
	lea	rax, [rsi + 1]
	cmp	rax, 1
	jg	.LBB9_3
# %bb.5:                                #   in Loop: Header=BB9_2 Depth=1
	xor	esi, esi
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
                                        # kill: def $esi killed $esi def $rsi
	test	esi, esi
	jle	.LBB10_8
# %bb.1:
	lea	r9d, [rsi - 1]
	xor	r8d, r8d
	jmp	.LBB10_2
	.p2align	4, 0x90
.LBB10_7:                               #   in Loop: Header=BB10_2 Depth=1
	add	r8d, 1
	add	r9d, -1
	cmp	r8d, esi
	je	.LBB10_8
.LBB10_2:                               # =>This Loop Header: Depth=1
                                        #     Child Loop BB10_4 Depth 2
	mov	r9d, r9d
	mov	eax, esi
	sub	eax, r8d
	cmp	eax, 2
	jl	.LBB10_7
# %bb.3:                                #   in Loop: Header=BB10_2 Depth=1
	xor	edx, edx
	jmp	.LBB10_4
	.p2align	4, 0x90
.LBB10_6:                               #   in Loop: Header=BB10_4 Depth=2
	mov	rdx, rcx
	cmp	r9, rcx
	je	.LBB10_7
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
	jmp	.LBB10_6
.LBB10_8:
	ret
.Lfunc_end10:
	.size	bubble_sort, .Lfunc_end10-bubble_sort
                                        # -- End function
	.globl	selection_sort                  # -- Begin function selection_sort
	.p2align	4, 0x90
	.type	selection_sort,@function
selection_sort:                         # @selection_sort
# %bb.0:
	push	r14
	push	rbx
	test	esi, esi
	jle	.LBB11_8
# %bb.1:
	movsxd	r8, esi
	mov	r14d, esi
	mov	r10d, 1
	xor	r11d, r11d
	jmp	.LBB11_2
	.p2align	4, 0x90
.LBB11_7:                               #   in Loop: Header=BB11_2 Depth=1
	mov	rax, qword ptr [rdi + 8*r11]
	movsxd	rdx, esi
	mov	rsi, qword ptr [rdi + 8*rdx]
	mov	qword ptr [rdi + 8*r11], rsi
	mov	qword ptr [rdi + 8*rdx], rax
	add	r10, 1
	mov	r11, r9
	cmp	r9, r14
	je	.LBB11_8
.LBB11_2:                               # =>This Loop Header: Depth=1
                                        #     Child Loop BB11_4 Depth 2
	lea	r9, [r11 + 1]
	mov	esi, r11d
	cmp	r9, r8
	jge	.LBB11_7
# %bb.3:                                #   in Loop: Header=BB11_2 Depth=1
	mov	rdx, r10
	mov	eax, r11d
	jmp	.LBB11_4
	.p2align	4, 0x90
.LBB11_6:                               #   in Loop: Header=BB11_4 Depth=2
	add	rdx, 1
	mov	eax, esi
	cmp	r14, rdx
	je	.LBB11_7
.LBB11_4:                               #   Parent Loop BB11_2 Depth=1
                                        # =>  This Inner Loop Header: Depth=2
	mov	rbx, qword ptr [rdi + 8*rdx]
	movsxd	rcx, eax
	mov	esi, edx
	cmp	rbx, qword ptr [rdi + 8*rcx]
	jl	.LBB11_6
# %bb.5:                                #   in Loop: Header=BB11_4 Depth=2
	mov	esi, eax
	jmp	.LBB11_6
.LBB11_8:
	pop	rbx
	pop	r14
	ret
.Lfunc_end11:
	.size	selection_sort, .Lfunc_end11-selection_sort
                                        # -- End function
	.globl	heap_sort                       # -- Begin function heap_sort
	.p2align	4, 0x90
	.type	heap_sort,@function
heap_sort:                              # @heap_sort
# %bb.0:
	push	rbp
	push	rbx
                                        # kill: def $esi killed $esi def $rsi
	test	esi, esi
	jle	.LBB12_14
# %bb.1:
	lea	eax, [rsi - 2]
	shr	eax, 31
	lea	r8d, [rsi + rax]
	add	r8d, -2
	sar	r8d
	jmp	.LBB12_2
	.p2align	4, 0x90
.LBB12_13:                              #   in Loop: Header=BB12_2 Depth=1
	lea	eax, [r8 - 1]
	test	r8d, r8d
	mov	r8d, eax
	jle	.LBB12_14
.LBB12_2:                               # =>This Loop Header: Depth=1
                                        #     Child Loop BB12_3 Depth 2
	mov	ecx, r8d
	jmp	.LBB12_3
	.p2align	4, 0x90
.LBB12_12:                              #   in Loop: Header=BB12_3 Depth=2
	cmp	edx, ecx
	mov	ecx, eax
	je	.LBB12_13
.LBB12_3:                               #   Parent Loop BB12_2 Depth=1
                                        # =>  This Inner Loop Header: Depth=2
	lea	edx, [rcx + rcx]
	add	edx, 1
	cmp	edx, esi
	jge	.LBB12_13
# %bb.4:                                #   in Loop: Header=BB12_3 Depth=2
	lea	eax, [rcx + rcx]
	movsxd	r10, ecx
	mov	r9d, dword ptr [rdi + 4*r10]
	movsxd	rbx, edx
	cmp	r9d, dword ptr [rdi + 4*rbx]
	jl	.LBB12_6
# %bb.5:                                #   in Loop: Header=BB12_3 Depth=2
	mov	edx, ecx
.LBB12_6:                               #   in Loop: Header=BB12_3 Depth=2
	add	eax, 2
	cmp	eax, esi
	jge	.LBB12_10
# %bb.7:                                #   in Loop: Header=BB12_3 Depth=2
	movsxd	rbx, edx
	mov	r11d, dword ptr [rdi + 4*rbx]
	movsxd	rbx, eax
	cmp	r11d, dword ptr [rdi + 4*rbx]
	jl	.LBB12_9
# %bb.8:                                #   in Loop: Header=BB12_3 Depth=2
	mov	eax, edx
.LBB12_9:                               #   in Loop: Header=BB12_3 Depth=2
	mov	edx, eax
.LBB12_10:                              #   in Loop: Header=BB12_3 Depth=2
	mov	eax, ecx
	cmp	edx, ecx
	je	.LBB12_12
# %bb.11:                               #   in Loop: Header=BB12_3 Depth=2
	movsxd	rax, edx
	mov	ebx, dword ptr [rdi + 4*rax]
	mov	dword ptr [rdi + 4*r10], ebx
	mov	dword ptr [rdi + 4*rax], r9d
	mov	eax, edx
	jmp	.LBB12_12
.LBB12_14:
	cmp	esi, 2
	jl	.LBB12_28
# %bb.15:
	movsxd	r8, esi
	jmp	.LBB12_16
	.p2align	4, 0x90
.LBB12_27:                              #   in Loop: Header=BB12_16 Depth=1
	cmp	r9, 2
	jle	.LBB12_28
.LBB12_16:                              # =>This Loop Header: Depth=1
                                        #     Child Loop BB12_17 Depth 2
	mov	r9, r8
	add	r8, -1
	mov	eax, dword ptr [rdi + 4*r9 - 4]
	mov	ecx, dword ptr [rdi]
	mov	dword ptr [rdi + 4*r9 - 4], ecx
	mov	dword ptr [rdi], eax
	lea	r10, [r9 - 2]
	xor	esi, esi
	jmp	.LBB12_17
	.p2align	4, 0x90
.LBB12_26:                              #   in Loop: Header=BB12_17 Depth=2
	cmp	eax, esi
	mov	esi, ecx
	je	.LBB12_27
.LBB12_17:                              #   Parent Loop BB12_16 Depth=1
                                        # =>  This Inner Loop Header: Depth=2
	lea	eax, [rsi + rsi]
	add	eax, 1
	movsxd	rbx, eax
	cmp	r10, rbx
	jl	.LBB12_27
# %bb.18:                               #   in Loop: Header=BB12_17 Depth=2
	lea	ecx, [rsi + rsi]
	movsxd	r11, esi
	mov	ebp, dword ptr [rdi + 4*r11]
	cmp	ebp, dword ptr [rdi + 4*rbx]
	jl	.LBB12_20
# %bb.19:                               #   in Loop: Header=BB12_17 Depth=2
	mov	eax, esi
.LBB12_20:                              #   in Loop: Header=BB12_17 Depth=2
	add	ecx, 2
	movsxd	rbx, ecx
	cmp	r10, rbx
	jl	.LBB12_24
# %bb.21:                               #   in Loop: Header=BB12_17 Depth=2
	movsxd	rdx, eax
	mov	edx, dword ptr [rdi + 4*rdx]
	cmp	edx, dword ptr [rdi + 4*rbx]
	jl	.LBB12_23
# %bb.22:                               #   in Loop: Header=BB12_17 Depth=2
	mov	ecx, eax
.LBB12_23:                              #   in Loop: Header=BB12_17 Depth=2
	mov	eax, ecx
.LBB12_24:                              #   in Loop: Header=BB12_17 Depth=2
	mov	ecx, esi
	cmp	eax, esi
	je	.LBB12_26
# %bb.25:                               #   in Loop: Header=BB12_17 Depth=2
	movsxd	rcx, eax
	mov	edx, dword ptr [rdi + 4*rcx]
	mov	dword ptr [rdi + 4*r11], edx
	mov	dword ptr [rdi + 4*rcx], ebp
	mov	ecx, eax
	jmp	.LBB12_26
.LBB12_28:
	pop	rbx
	pop	rbp
	ret
.Lfunc_end12:
	.size	heap_sort, .Lfunc_end12-heap_sort
                                        # -- End function
	.globl	quick_sort                      # -- Begin function quick_sort
	.p2align	4, 0x90
	.type	quick_sort,@function
quick_sort:                             # @quick_sort
# %bb.0:
	push	rax
                                        # kill: def $esi killed $esi def $rsi
	lea	edx, [rsi - 1]
	xor	esi, esi
	call	quick
	pop	rax
	ret
.Lfunc_end13:
	.size	quick_sort, .Lfunc_end13-quick_sort
                                        # -- End function
	.p2align	4, 0x90                         # -- Begin function quick
	.type	quick,@function
quick:                                  # @quick
# %bb.0:
                                        # kill: def $esi killed $esi def $rsi
	cmp	esi, edx
	jge	.LBB14_10
# %bb.1:
	push	rbp
	push	r15
	push	r14
	push	r12
	push	rbx
	mov	r14d, edx
	mov	r15, rdi
	lea	eax, [r14 + rsi]
	mov	ecx, eax
	shr	ecx, 31
	add	ecx, eax
	sar	ecx
	movsxd	rax, ecx
	mov	r9d, dword ptr [rdi + 4*rax]
	lea	r8, [rdi + 4]
	mov	r12d, esi
	jmp	.LBB14_2
	.p2align	4, 0x90
.LBB14_8:                               #   in Loop: Header=BB14_2 Depth=1
	cmp	r12d, edx
	jg	.LBB14_9
.LBB14_2:                               # =>This Loop Header: Depth=1
                                        #     Child Loop BB14_3 Depth 2
                                        #     Child Loop BB14_5 Depth 2
	movsxd	rax, r12d
	lea	rbx, [r15 + 4*rax]
	mov	edi, r12d
	.p2align	4, 0x90
.LBB14_3:                               #   Parent Loop BB14_2 Depth=1
                                        # =>  This Inner Loop Header: Depth=2
	mov	r10d, dword ptr [rbx]
	add	rbx, 4
	add	edi, 1
	cmp	r10d, r9d
	jl	.LBB14_3
# %bb.4:                                #   in Loop: Header=BB14_2 Depth=1
	lea	r12d, [rdi - 1]
	movsxd	rax, edx
	lea	rbp, [r8 + 4*rax]
	mov	eax, edx
	.p2align	4, 0x90
.LBB14_5:                               #   Parent Loop BB14_2 Depth=1
                                        # =>  This Inner Loop Header: Depth=2
	mov	ecx, dword ptr [rbp - 4]
	add	rbp, -4
	add	eax, -1
	cmp	ecx, r9d
	jg	.LBB14_5
# %bb.6:                                #   in Loop: Header=BB14_2 Depth=1
	lea	edx, [rax + 1]
	cmp	r12d, edx
	jg	.LBB14_8
# %bb.7:                                #   in Loop: Header=BB14_2 Depth=1
	mov	dword ptr [rbx - 4], ecx
	mov	dword ptr [rbp], r10d
	mov	edx, eax
	mov	r12d, edi
	jmp	.LBB14_8
.LBB14_9:
	mov	rdi, r15
                                        # kill: def $esi killed $esi killed $rsi
	call	quick
	mov	rdi, r15
	mov	esi, r12d
	mov	edx, r14d
	call	quick
	pop	rbx
	pop	r12
	pop	r14
	pop	r15
	pop	rbp
.LBB14_10:
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
	jl	.LBB15_3
# %bb.1:
	mov	eax, esi
	mov	ecx, dword ptr [rdi]
	mov	edx, 1
	.p2align	4, 0x90
.LBB15_2:                               # =>This Inner Loop Header: Depth=1
	add	ecx, dword ptr [rdi + 4*rdx]
	mov	dword ptr [rdi + 4*rdx], ecx
	add	rdx, 1
	cmp	rax, rdx
	jne	.LBB15_2
.LBB15_3:
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
# %bb.3:
	mov	r8d, edx
	xor	edx, edx
	xor	eax, eax
	.p2align	4, 0x90
.LBB16_4:                               # =>This Inner Loop Header: Depth=1
	movsxd	r9, dword ptr [rdi + 4*rdx]
	movsxd	rcx, dword ptr [rsi + 4*rdx]
	imul	rcx, r9
	add	rax, rcx
	add	rdx, 1
	cmp	r8, rdx
	jne	.LBB16_4
# %bb.2:
	ret
.LBB16_1:
	xor	eax, eax
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
# %bb.3:
	mov	r9d, esi
	xor	r8d, r8d
	xor	esi, esi
	xor	ecx, ecx
	xor	eax, eax
	.p2align	4, 0x90
.LBB17_4:                               # =>This Inner Loop Header: Depth=1
	movsxd	rdx, dword ptr [rdi + 4*rsi]
	add	rdx, rcx
	cmovs	rdx, r8
	cmp	rdx, rax
	cmova	rax, rdx
	add	rsi, 1
	mov	rcx, rdx
	cmp	r9, rsi
	jne	.LBB17_4
# %bb.2:
	ret
.LBB17_1:
	xor	eax, eax
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
	jl	.LBB19_3
# %bb.1:
	mov	r8d, esi
	mov	edx, 1
	.p2align	4, 0x90
.LBB19_2:                               # =>This Inner Loop Header: Depth=1
	mov	esi, dword ptr [rdi + 4*rdx]
	xor	ecx, ecx
	cmp	esi, dword ptr [rdi + 4*rdx - 4]
	setne	cl
	add	eax, ecx
	add	rdx, 1
	cmp	r8, rdx
	jne	.LBB19_2
.LBB19_3:
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
# %bb.3:
	xor	ecx, ecx
	xor	eax, eax
	.p2align	4, 0x90
.LBB20_4:                               # =>This Inner Loop Header: Depth=1
	add	rax, qword ptr [rdi + 8*rcx]
	add	rcx, 1
	cmp	rsi, rcx
	jne	.LBB20_4
# %bb.2:
	ret
.LBB20_1:
	xor	eax, eax
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
# %bb.3:
	xor	ecx, ecx
	xor	eax, eax
	.p2align	4, 0x90
.LBB21_4:                               # =>This Inner Loop Header: Depth=1
	movzx	edx, byte ptr [rdi + rcx]
	add	eax, edx
	add	rcx, 1
	cmp	rsi, rcx
	jne	.LBB21_4
# %bb.2:
	ret
.LBB21_1:
	xor	eax, eax
	ret
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
# %bb.3:
	mov	ecx, esi
	xor	edx, edx
	xor	eax, eax
	.p2align	4, 0x90
.LBB22_4:                               # =>This Inner Loop Header: Depth=1
	movsx	esi, word ptr [rdi + 2*rdx]
	add	eax, esi
	add	rdx, 1
	cmp	rcx, rdx
	jne	.LBB22_4
# %bb.2:
	ret
.LBB22_1:
	xor	eax, eax
	ret
.Lfunc_end22:
	.size	sum_shorts, .Lfunc_end22-sum_shorts
                                        # -- End function
	.globl	fill_squares                    # -- Begin function fill_squares
	.p2align	4, 0x90
	.type	fill_squares,@function
fill_squares:                           # @fill_squares
# %bb.0:
	test	esi, esi
	jle	.LBB23_3
# %bb.1:
	mov	eax, esi
	xor	ecx, ecx
	.p2align	4, 0x90
.LBB23_2:                               # =>This Inner Loop Header: Depth=1
	mov	edx, ecx
	imul	edx, ecx
	mov	dword ptr [rdi + 4*rcx], edx
	add	rcx, 1
	cmp	rax, rcx
	jne	.LBB23_2
.LBB23_3:
	ret
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
	jle	.LBB25_3
# %bb.1:
	mov	eax, edx
	xor	ecx, ecx
	.p2align	4, 0x90
.LBB25_2:                               # =>This Inner Loop Header: Depth=1
	mov	edx, dword ptr [rsi + 4*rcx]
	mov	dword ptr [rdi + 4*rcx], edx
	add	rcx, 1
	cmp	rax, rcx
	jne	.LBB25_2
.LBB25_3:
	ret
.Lfunc_end25:
	.size	copy_array, .Lfunc_end25-copy_array
                                        # -- End function
	.globl	majority_candidate              # -- Begin function majority_candidate
	.p2align	4, 0x90
	.type	majority_candidate,@function
majority_candidate:                     # @majority_candidate
# %bb.0:
	test	esi, esi
	jle	.LBB26_1
# %bb.3:
	mov	r8d, esi
	xor	edx, edx
	xor	esi, esi
	xor	eax, eax
	jmp	.LBB26_4
	.p2align	4, 0x90
.LBB26_6:                               #   in Loop: Header=BB26_4 Depth=1
	xor	ecx, ecx
	cmp	dword ptr [rdi + 4*rdx], eax
	sete	cl
	lea	esi, [rsi + 2*rcx]
	add	esi, -1
	add	rdx, 1
	cmp	r8, rdx
	je	.LBB26_2
.LBB26_4:                               # =>This Inner Loop Header: Depth=1
	test	esi, esi
	jne	.LBB26_6
# %bb.5:                                #   in Loop: Header=BB26_4 Depth=1
	mov	eax, dword ptr [rdi + 4*rdx]
	jmp	.LBB26_6
.LBB26_1:
	xor	eax, eax
.LBB26_2:
	ret
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
# %bb.3:
	mov	r8d, esi
	mov	r9d, -2147483648
	xor	edx, edx
	mov	esi, -2147483648
	.p2align	4, 0x90
.LBB27_4:                               # =>This Inner Loop Header: Depth=1
	mov	ecx, dword ptr [rdi + 4*rdx]
	cmp	ecx, esi
	mov	eax, ecx
	cmove	eax, r9d
	cmp	ecx, r9d
	cmovle	eax, r9d
	cmp	ecx, esi
	cmovle	ecx, esi
	cmovg	eax, esi
	add	rdx, 1
	mov	r9d, eax
	mov	esi, ecx
	cmp	r8, rdx
	jne	.LBB27_4
# %bb.2:
	ret
.LBB27_1:
	mov	eax, -2147483648
	ret
.Lfunc_end27:
	.size	second_largest, .Lfunc_end27-second_largest
                                        # -- End function
	.ident	"Debian clang version 14.0.6"
	.section	".note.GNU-stack","",@progbits
