	.text
	.intel_syntax noprefix
	.file	"arrays.c"
	.globl	sum_array                       # -- Begin function sum_array
	.p2align	4, 0x90
	.type	sum_array,@function
sum_array:                              # @sum_array
# %bb.0:
	push	rbp
	mov	rbp, rsp
	mov	qword ptr [rbp - 8], rdi
	mov	dword ptr [rbp - 12], esi
	mov	qword ptr [rbp - 24], 0
	mov	dword ptr [rbp - 28], 0
.LBB0_1:                                # =>This Inner Loop Header: Depth=1
	mov	eax, dword ptr [rbp - 28]
	cmp	eax, dword ptr [rbp - 12]
	jge	.LBB0_4
# %bb.2:                                #   in Loop: Header=BB0_1 Depth=1
	mov	rax, qword ptr [rbp - 8]
	movsxd	rcx, dword ptr [rbp - 28]
	movsxd	rax, dword ptr [rax + 4*rcx]
	add	rax, qword ptr [rbp - 24]
	mov	qword ptr [rbp - 24], rax
# %bb.3:                                #   in Loop: Header=BB0_1 Depth=1
	mov	eax, dword ptr [rbp - 28]
	add	eax, 1
	mov	dword ptr [rbp - 28], eax
	jmp	.LBB0_1
.LBB0_4:
	mov	rax, qword ptr [rbp - 24]
	pop	rbp
	ret
.Lfunc_end0:
	.size	sum_array, .Lfunc_end0-sum_array
                                        # -- End function
	.globl	max_array                       # -- Begin function max_array
	.p2align	4, 0x90
	.type	max_array,@function
max_array:                              # @max_array
# %bb.0:
	push	rbp
	mov	rbp, rsp
	mov	qword ptr [rbp - 8], rdi
	mov	dword ptr [rbp - 12], esi
	cmp	dword ptr [rbp - 12], 0
	je	.LBB1_2
# %bb.1:
	mov	rax, qword ptr [rbp - 8]
	mov	eax, dword ptr [rax]
	mov	dword ptr [rbp - 24], eax       # 4-byte Spill
	jmp	.LBB1_3
.LBB1_2:
	xor	eax, eax
	mov	dword ptr [rbp - 24], eax       # 4-byte Spill
	jmp	.LBB1_3
.LBB1_3:
	mov	eax, dword ptr [rbp - 24]       # 4-byte Reload
	mov	dword ptr [rbp - 16], eax
	mov	dword ptr [rbp - 20], 1
.LBB1_4:                                # =>This Inner Loop Header: Depth=1
	mov	eax, dword ptr [rbp - 20]
	cmp	eax, dword ptr [rbp - 12]
	jge	.LBB1_9
# %bb.5:                                #   in Loop: Header=BB1_4 Depth=1
	mov	rax, qword ptr [rbp - 8]
	movsxd	rcx, dword ptr [rbp - 20]
	mov	eax, dword ptr [rax + 4*rcx]
	cmp	eax, dword ptr [rbp - 16]
	jle	.LBB1_7
# %bb.6:                                #   in Loop: Header=BB1_4 Depth=1
	mov	rax, qword ptr [rbp - 8]
	movsxd	rcx, dword ptr [rbp - 20]
	mov	eax, dword ptr [rax + 4*rcx]
	mov	dword ptr [rbp - 16], eax
.LBB1_7:                                #   in Loop: Header=BB1_4 Depth=1
	jmp	.LBB1_8
.LBB1_8:                                #   in Loop: Header=BB1_4 Depth=1
	mov	eax, dword ptr [rbp - 20]
	add	eax, 1
	mov	dword ptr [rbp - 20], eax
	jmp	.LBB1_4
.LBB1_9:
	mov	eax, dword ptr [rbp - 16]
	pop	rbp
	ret
.Lfunc_end1:
	.size	max_array, .Lfunc_end1-max_array
                                        # -- End function
	.globl	argmin                          # -- Begin function argmin
	.p2align	4, 0x90
	.type	argmin,@function
argmin:                                 # @argmin
# %bb.0:
	push	rbp
	mov	rbp, rsp
	mov	qword ptr [rbp - 8], rdi
	mov	dword ptr [rbp - 12], esi
	mov	dword ptr [rbp - 16], 0
	mov	dword ptr [rbp - 20], 1
.LBB2_1:                                # =>This Inner Loop Header: Depth=1
	mov	eax, dword ptr [rbp - 20]
	cmp	eax, dword ptr [rbp - 12]
	jge	.LBB2_6
# %bb.2:                                #   in Loop: Header=BB2_1 Depth=1
	mov	rax, qword ptr [rbp - 8]
	movsxd	rcx, dword ptr [rbp - 20]
	mov	eax, dword ptr [rax + 4*rcx]
	mov	rcx, qword ptr [rbp - 8]
	movsxd	rdx, dword ptr [rbp - 16]
	cmp	eax, dword ptr [rcx + 4*rdx]
	jge	.LBB2_4
# %bb.3:                                #   in Loop: Header=BB2_1 Depth=1
	mov	eax, dword ptr [rbp - 20]
	mov	dword ptr [rbp - 16], eax
.LBB2_4:                                #   in Loop: Header=BB2_1 Depth=1
	jmp	.LBB2_5
.LBB2_5:                                #   in Loop: Header=BB2_1 Depth=1
	mov	eax, dword ptr [rbp - 20]
	add	eax, 1
	mov	dword ptr [rbp - 20], eax
	jmp	.LBB2_1
.LBB2_6:
	cmp	dword ptr [rbp - 12], 0
	je	.LBB2_8
# %bb.7:
	mov	eax, dword ptr [rbp - 16]
	mov	dword ptr [rbp - 24], eax       # 4-byte Spill
	jmp	.LBB2_9
.LBB2_8:
	mov	eax, 4294967295
	mov	dword ptr [rbp - 24], eax       # 4-byte Spill
	jmp	.LBB2_9
.LBB2_9:
	mov	eax, dword ptr [rbp - 24]       # 4-byte Reload
	pop	rbp
	ret
.Lfunc_end2:
	.size	argmin, .Lfunc_end2-argmin
                                        # -- End function
	.globl	count_negative                  # -- Begin function count_negative
	.p2align	4, 0x90
	.type	count_negative,@function
count_negative:                         # @count_negative
# %bb.0:
	push	rbp
	mov	rbp, rsp
	mov	qword ptr [rbp - 8], rdi
	mov	dword ptr [rbp - 12], esi
	mov	dword ptr [rbp - 16], 0
	mov	dword ptr [rbp - 20], 0
.LBB3_1:                                # =>This Inner Loop Header: Depth=1
	mov	eax, dword ptr [rbp - 20]
	cmp	eax, dword ptr [rbp - 12]
	jge	.LBB3_4
# %bb.2:                                #   in Loop: Header=BB3_1 Depth=1
	mov	rax, qword ptr [rbp - 8]
	movsxd	rcx, dword ptr [rbp - 20]
	cmp	dword ptr [rax + 4*rcx], 0
	setl	al
	and	al, 1
	movzx	eax, al
	add	eax, dword ptr [rbp - 16]
	mov	dword ptr [rbp - 16], eax
# %bb.3:                                #   in Loop: Header=BB3_1 Depth=1
	mov	eax, dword ptr [rbp - 20]
	add	eax, 1
	mov	dword ptr [rbp - 20], eax
	jmp	.LBB3_1
.LBB3_4:
	mov	eax, dword ptr [rbp - 16]
	pop	rbp
	ret
.Lfunc_end3:
	.size	count_negative, .Lfunc_end3-count_negative
                                        # -- End function
	.globl	linear_search                   # -- Begin function linear_search
	.p2align	4, 0x90
	.type	linear_search,@function
linear_search:                          # @linear_search
# %bb.0:
	push	rbp
	mov	rbp, rsp
	mov	qword ptr [rbp - 16], rdi
	mov	dword ptr [rbp - 20], esi
	mov	dword ptr [rbp - 24], edx
	mov	dword ptr [rbp - 28], 0
.LBB4_1:                                # =>This Inner Loop Header: Depth=1
	mov	eax, dword ptr [rbp - 28]
	cmp	eax, dword ptr [rbp - 20]
	jge	.LBB4_6
# %bb.2:                                #   in Loop: Header=BB4_1 Depth=1
	mov	rax, qword ptr [rbp - 16]
	movsxd	rcx, dword ptr [rbp - 28]
	mov	eax, dword ptr [rax + 4*rcx]
	cmp	eax, dword ptr [rbp - 24]
	jne	.LBB4_4
# %bb.3:
	mov	eax, dword ptr [rbp - 28]
	mov	dword ptr [rbp - 4], eax
	jmp	.LBB4_7
.LBB4_4:                                #   in Loop: Header=BB4_1 Depth=1
	jmp	.LBB4_5
.LBB4_5:                                #   in Loop: Header=BB4_1 Depth=1
	mov	eax, dword ptr [rbp - 28]
	add	eax, 1
	mov	dword ptr [rbp - 28], eax
	jmp	.LBB4_1
.LBB4_6:
	mov	dword ptr [rbp - 4], -1
.LBB4_7:
	mov	eax, dword ptr [rbp - 4]
	pop	rbp
	ret
.Lfunc_end4:
	.size	linear_search, .Lfunc_end4-linear_search
                                        # -- End function
	.globl	binary_search                   # -- Begin function binary_search
	.p2align	4, 0x90
	.type	binary_search,@function
binary_search:                          # @binary_search
# %bb.0:
	push	rbp
	mov	rbp, rsp
	mov	qword ptr [rbp - 16], rdi
	mov	dword ptr [rbp - 20], esi
	mov	dword ptr [rbp - 24], edx
	mov	dword ptr [rbp - 28], 0
	mov	eax, dword ptr [rbp - 20]
	sub	eax, 1
	mov	dword ptr [rbp - 32], eax
.LBB5_1:                                # =>This Inner Loop Header: Depth=1
	mov	eax, dword ptr [rbp - 28]
	cmp	eax, dword ptr [rbp - 32]
	jg	.LBB5_8
# %bb.2:                                #   in Loop: Header=BB5_1 Depth=1
	mov	eax, dword ptr [rbp - 28]
	mov	dword ptr [rbp - 40], eax       # 4-byte Spill
	mov	eax, dword ptr [rbp - 32]
	sub	eax, dword ptr [rbp - 28]
	mov	ecx, 2
	cdq
	idiv	ecx
	mov	ecx, eax
	mov	eax, dword ptr [rbp - 40]       # 4-byte Reload
	add	eax, ecx
	mov	dword ptr [rbp - 36], eax
	mov	rax, qword ptr [rbp - 16]
	movsxd	rcx, dword ptr [rbp - 36]
	mov	eax, dword ptr [rax + 4*rcx]
	cmp	eax, dword ptr [rbp - 24]
	jne	.LBB5_4
# %bb.3:
	mov	eax, dword ptr [rbp - 36]
	mov	dword ptr [rbp - 4], eax
	jmp	.LBB5_9
.LBB5_4:                                #   in Loop: Header=BB5_1 Depth=1
	mov	rax, qword ptr [rbp - 16]
	movsxd	rcx, dword ptr [rbp - 36]
	mov	eax, dword ptr [rax + 4*rcx]
	cmp	eax, dword ptr [rbp - 24]
	jge	.LBB5_6
# %bb.5:                                #   in Loop: Header=BB5_1 Depth=1
	mov	eax, dword ptr [rbp - 36]
	add	eax, 1
	mov	dword ptr [rbp - 28], eax
	jmp	.LBB5_7
.LBB5_6:                                #   in Loop: Header=BB5_1 Depth=1
	mov	eax, dword ptr [rbp - 36]
	sub	eax, 1
	mov	dword ptr [rbp - 32], eax
.LBB5_7:                                #   in Loop: Header=BB5_1 Depth=1
	jmp	.LBB5_1
.LBB5_8:
	mov	dword ptr [rbp - 4], -1
.LBB5_9:
	mov	eax, dword ptr [rbp - 4]
	pop	rbp
	ret
.Lfunc_end5:
	.size	binary_search, .Lfunc_end5-binary_search
                                        # -- End function
	.globl	lower_bound                     # -- Begin function lower_bound
	.p2align	4, 0x90
	.type	lower_bound,@function
lower_bound:                            # @lower_bound
# %bb.0:
	push	rbp
	mov	rbp, rsp
	mov	qword ptr [rbp - 8], rdi
	mov	dword ptr [rbp - 12], esi
	mov	dword ptr [rbp - 16], edx
	mov	dword ptr [rbp - 20], 0
	mov	eax, dword ptr [rbp - 12]
	mov	dword ptr [rbp - 24], eax
.LBB6_1:                                # =>This Inner Loop Header: Depth=1
	mov	eax, dword ptr [rbp - 20]
	cmp	eax, dword ptr [rbp - 24]
	jge	.LBB6_6
# %bb.2:                                #   in Loop: Header=BB6_1 Depth=1
	mov	eax, dword ptr [rbp - 20]
	add	eax, dword ptr [rbp - 24]
	sar	eax, 1
	mov	dword ptr [rbp - 28], eax
	mov	rax, qword ptr [rbp - 8]
	movsxd	rcx, dword ptr [rbp - 28]
	mov	eax, dword ptr [rax + 4*rcx]
	cmp	eax, dword ptr [rbp - 16]
	jge	.LBB6_4
# %bb.3:                                #   in Loop: Header=BB6_1 Depth=1
	mov	eax, dword ptr [rbp - 28]
	add	eax, 1
	mov	dword ptr [rbp - 20], eax
	jmp	.LBB6_5
.LBB6_4:                                #   in Loop: Header=BB6_1 Depth=1
	mov	eax, dword ptr [rbp - 28]
	mov	dword ptr [rbp - 24], eax
.LBB6_5:                                #   in Loop: Header=BB6_1 Depth=1
	jmp	.LBB6_1
.LBB6_6:
	mov	eax, dword ptr [rbp - 20]
	pop	rbp
	ret
.Lfunc_end6:
	.size	lower_bound, .Lfunc_end6-lower_bound
                                        # -- End function
	.globl	is_sorted                       # -- Begin function is_sorted
	.p2align	4, 0x90
	.type	is_sorted,@function
is_sorted:                              # @is_sorted
# %bb.0:
	push	rbp
	mov	rbp, rsp
	mov	qword ptr [rbp - 16], rdi
	mov	dword ptr [rbp - 20], esi
	mov	dword ptr [rbp - 24], 1
.LBB7_1:                                # =>This Inner Loop Header: Depth=1
	mov	eax, dword ptr [rbp - 24]
	cmp	eax, dword ptr [rbp - 20]
	jge	.LBB7_6
# %bb.2:                                #   in Loop: Header=BB7_1 Depth=1
	mov	rax, qword ptr [rbp - 16]
	mov	ecx, dword ptr [rbp - 24]
	sub	ecx, 1
	movsxd	rcx, ecx
	mov	eax, dword ptr [rax + 4*rcx]
	mov	rcx, qword ptr [rbp - 16]
	movsxd	rdx, dword ptr [rbp - 24]
	cmp	eax, dword ptr [rcx + 4*rdx]
	jle	.LBB7_4
# %bb.3:
	mov	dword ptr [rbp - 4], 0
	jmp	.LBB7_7
.LBB7_4:                                #   in Loop: Header=BB7_1 Depth=1
	jmp	.LBB7_5
.LBB7_5:                                #   in Loop: Header=BB7_1 Depth=1
	mov	eax, dword ptr [rbp - 24]
	add	eax, 1
	mov	dword ptr [rbp - 24], eax
	jmp	.LBB7_1
.LBB7_6:
	mov	dword ptr [rbp - 4], 1
.LBB7_7:
	mov	eax, dword ptr [rbp - 4]
	pop	rbp
	ret
.Lfunc_end7:
	.size	is_sorted, .Lfunc_end7-is_sorted
                                        # -- End function
	.globl	reverse_array                   # -- Begin function reverse_array
	.p2align	4, 0x90
	.type	reverse_array,@function
reverse_array:                          # @reverse_array
# %bb.0:
	push	rbp
	mov	rbp, rsp
	mov	qword ptr [rbp - 8], rdi
	mov	dword ptr [rbp - 12], esi
	mov	dword ptr [rbp - 16], 0
	mov	eax, dword ptr [rbp - 12]
	sub	eax, 1
	mov	dword ptr [rbp - 20], eax
.LBB8_1:                                # =>This Inner Loop Header: Depth=1
	mov	eax, dword ptr [rbp - 16]
	cmp	eax, dword ptr [rbp - 20]
	jge	.LBB8_4
# %bb.2:                                #   in Loop: Header=BB8_1 Depth=1
	mov	rax, qword ptr [rbp - 8]
	movsxd	rcx, dword ptr [rbp - 16]
	mov	eax, dword ptr [rax + 4*rcx]
	mov	dword ptr [rbp - 24], eax
	mov	rax, qword ptr [rbp - 8]
	movsxd	rcx, dword ptr [rbp - 20]
	mov	edx, dword ptr [rax + 4*rcx]
	mov	rax, qword ptr [rbp - 8]
	movsxd	rcx, dword ptr [rbp - 16]
	mov	dword ptr [rax + 4*rcx], edx
	mov	edx, dword ptr [rbp - 24]
	mov	rax, qword ptr [rbp - 8]
	movsxd	rcx, dword ptr [rbp - 20]
	mov	dword ptr [rax + 4*rcx], edx
# %bb.3:                                #   in Loop: Header=BB8_1 Depth=1
	mov	eax, dword ptr [rbp - 16]
	add	eax, 1
	mov	dword ptr [rbp - 16], eax
	mov	eax, dword ptr [rbp - 20]
	add	eax, -1
	mov	dword ptr [rbp - 20], eax
	jmp	.LBB8_1
.LBB8_4:
	pop	rbp
	ret
.Lfunc_end8:
	.size	reverse_array, .Lfunc_end8-reverse_array
                                        # -- End function
	.globl	insertion_sort                  # -- Begin function insertion_sort
	.p2align	4, 0x90
	.type	insertion_sort,@function
insertion_sort:                         # @insertion_sort
# %bb.0:
	push	rbp
	mov	rbp, rsp
	mov	qword ptr [rbp - 8], rdi
	mov	dword ptr [rbp - 12], esi
	mov	dword ptr [rbp - 16], 1
.LBB9_1:                                # =>This Loop Header: Depth=1
                                        #     Child Loop BB9_3 Depth 2
	mov	eax, dword ptr [rbp - 16]
	cmp	eax, dword ptr [rbp - 12]
	jge	.LBB9_9
# %bb.2:                                #   in Loop: Header=BB9_1 Depth=1
	mov	rax, qword ptr [rbp - 8]
	movsxd	rcx, dword ptr [rbp - 16]
	mov	eax, dword ptr [rax + 4*rcx]
	mov	dword ptr [rbp - 20], eax
	mov	eax, dword ptr [rbp - 16]
	sub	eax, 1
	mov	dword ptr [rbp - 24], eax
.LBB9_3:                                #   Parent Loop BB9_1 Depth=1
                                        # =>  This Inner Loop Header: Depth=2
	xor	eax, eax
                                        # kill: def $al killed $al killed $eax
	cmp	dword ptr [rbp - 24], 0
	mov	byte ptr [rbp - 25], al         # 1-byte Spill
	jl	.LBB9_5
# %bb.4:                                #   in Loop: Header=BB9_3 Depth=2
	mov	rax, qword ptr [rbp - 8]
	movsxd	rcx, dword ptr [rbp - 24]
	mov	eax, dword ptr [rax + 4*rcx]
	cmp	eax, dword ptr [rbp - 20]
	setg	al
	mov	byte ptr [rbp - 25], al         # 1-byte Spill
.LBB9_5:                                #   in Loop: Header=BB9_3 Depth=2
	mov	al, byte ptr [rbp - 25]         # 1-byte Reload
	test	al, 1
	jne	.LBB9_6
	jmp	.LBB9_7
.LBB9_6:                                #   in Loop: Header=BB9_3 Depth=2
	mov	rax, qword ptr [rbp - 8]
	movsxd	rcx, dword ptr [rbp - 24]
	mov	edx, dword ptr [rax + 4*rcx]
	mov	rax, qword ptr [rbp - 8]
	mov	ecx, dword ptr [rbp - 24]
	add	ecx, 1
	movsxd	rcx, ecx
	mov	dword ptr [rax + 4*rcx], edx
	mov	eax, dword ptr [rbp - 24]
	add	eax, -1
	mov	dword ptr [rbp - 24], eax
	jmp	.LBB9_3
.LBB9_7:                                #   in Loop: Header=BB9_1 Depth=1
	mov	edx, dword ptr [rbp - 20]
	mov	rax, qword ptr [rbp - 8]
	mov	ecx, dword ptr [rbp - 24]
	add	ecx, 1
	movsxd	rcx, ecx
	mov	dword ptr [rax + 4*rcx], edx
# %bb.8:                                #   in Loop: Header=BB9_1 Depth=1
	mov	eax, dword ptr [rbp - 16]
	add	eax, 1
	mov	dword ptr [rbp - 16], eax
	jmp	.LBB9_1
.LBB9_9:
	pop	rbp
	ret
.Lfunc_end9:
	.size	insertion_sort, .Lfunc_end9-insertion_sort
                                        # -- End function
	.globl	bubble_sort                     # -- Begin function bubble_sort
	.p2align	4, 0x90
	.type	bubble_sort,@function
bubble_sort:                            # @bubble_sort
# %bb.0:
	push	rbp
	mov	rbp, rsp
	mov	qword ptr [rbp - 8], rdi
	mov	dword ptr [rbp - 12], esi
	mov	dword ptr [rbp - 16], 0
.LBB10_1:                               # =>This Loop Header: Depth=1
                                        #     Child Loop BB10_3 Depth 2
	mov	eax, dword ptr [rbp - 16]
	cmp	eax, dword ptr [rbp - 12]
	jge	.LBB10_10
# %bb.2:                                #   in Loop: Header=BB10_1 Depth=1
	mov	dword ptr [rbp - 20], 0
.LBB10_3:                               #   Parent Loop BB10_1 Depth=1
                                        # =>  This Inner Loop Header: Depth=2
	mov	eax, dword ptr [rbp - 20]
	add	eax, 1
	mov	ecx, dword ptr [rbp - 12]
	sub	ecx, dword ptr [rbp - 16]
	cmp	eax, ecx
	jge	.LBB10_8
# %bb.4:                                #   in Loop: Header=BB10_3 Depth=2
	mov	rax, qword ptr [rbp - 8]
	movsxd	rcx, dword ptr [rbp - 20]
	mov	eax, dword ptr [rax + 4*rcx]
	mov	rcx, qword ptr [rbp - 8]
	mov	edx, dword ptr [rbp - 20]
	add	edx, 1
	movsxd	rdx, edx
	cmp	eax, dword ptr [rcx + 4*rdx]
	jle	.LBB10_6
# %bb.5:                                #   in Loop: Header=BB10_3 Depth=2
	mov	rax, qword ptr [rbp - 8]
	movsxd	rcx, dword ptr [rbp - 20]
	mov	eax, dword ptr [rax + 4*rcx]
	mov	dword ptr [rbp - 24], eax
	mov	rax, qword ptr [rbp - 8]
	mov	ecx, dword ptr [rbp - 20]
	add	ecx, 1
	movsxd	rcx, ecx
	mov	edx, dword ptr [rax + 4*rcx]
	mov	rax, qword ptr [rbp - 8]
	movsxd	rcx, dword ptr [rbp - 20]
	mov	dword ptr [rax + 4*rcx], edx
	mov	edx, dword ptr [rbp - 24]
	mov	rax, qword ptr [rbp - 8]
	mov	ecx, dword ptr [rbp - 20]
	add	ecx, 1
	movsxd	rcx, ecx
	mov	dword ptr [rax + 4*rcx], edx
.LBB10_6:                               #   in Loop: Header=BB10_3 Depth=2
	jmp	.LBB10_7
.LBB10_7:                               #   in Loop: Header=BB10_3 Depth=2
	mov	eax, dword ptr [rbp - 20]
	add	eax, 1
	mov	dword ptr [rbp - 20], eax
	jmp	.LBB10_3
.LBB10_8:                               #   in Loop: Header=BB10_1 Depth=1
	jmp	.LBB10_9
.LBB10_9:                               #   in Loop: Header=BB10_1 Depth=1
	mov	eax, dword ptr [rbp - 16]
	add	eax, 1
	mov	dword ptr [rbp - 16], eax
	jmp	.LBB10_1
.LBB10_10:
	pop	rbp
	ret
.Lfunc_end10:
	.size	bubble_sort, .Lfunc_end10-bubble_sort
                                        # -- End function
	.globl	selection_sort                  # -- Begin function selection_sort
	.p2align	4, 0x90
	.type	selection_sort,@function
selection_sort:                         # @selection_sort
# %bb.0:
	push	rbp
	mov	rbp, rsp
	mov	qword ptr [rbp - 8], rdi
	mov	dword ptr [rbp - 12], esi
	mov	dword ptr [rbp - 16], 0
.LBB11_1:                               # =>This Loop Header: Depth=1
                                        #     Child Loop BB11_3 Depth 2
	mov	eax, dword ptr [rbp - 16]
	cmp	eax, dword ptr [rbp - 12]
	jge	.LBB11_10
# %bb.2:                                #   in Loop: Header=BB11_1 Depth=1
	mov	eax, dword ptr [rbp - 16]
	mov	dword ptr [rbp - 20], eax
	mov	eax, dword ptr [rbp - 16]
	add	eax, 1
	mov	dword ptr [rbp - 24], eax
.LBB11_3:                               #   Parent Loop BB11_1 Depth=1
                                        # =>  This Inner Loop Header: Depth=2
	mov	eax, dword ptr [rbp - 24]
	cmp	eax, dword ptr [rbp - 12]
	jge	.LBB11_8
# %bb.4:                                #   in Loop: Header=BB11_3 Depth=2
	mov	rax, qword ptr [rbp - 8]
	movsxd	rcx, dword ptr [rbp - 24]
	mov	rax, qword ptr [rax + 8*rcx]
	mov	rcx, qword ptr [rbp - 8]
	movsxd	rdx, dword ptr [rbp - 20]
	cmp	rax, qword ptr [rcx + 8*rdx]
	jge	.LBB11_6
# %bb.5:                                #   in Loop: Header=BB11_3 Depth=2
	mov	eax, dword ptr [rbp - 24]
	mov	dword ptr [rbp - 20], eax
.LBB11_6:                               #   in Loop: Header=BB11_3 Depth=2
	jmp	.LBB11_7
.LBB11_7:                               #   in Loop: Header=BB11_3 Depth=2
	mov	eax, dword ptr [rbp - 24]
	add	eax, 1
	mov	dword ptr [rbp - 24], eax
	jmp	.LBB11_3
.LBB11_8:                               #   in Loop: Header=BB11_1 Depth=1
	mov	rax, qword ptr [rbp - 8]
	movsxd	rcx, dword ptr [rbp - 16]
	mov	rax, qword ptr [rax + 8*rcx]
	mov	qword ptr [rbp - 32], rax
	mov	rax, qword ptr [rbp - 8]
	movsxd	rcx, dword ptr [rbp - 20]
	mov	rdx, qword ptr [rax + 8*rcx]
	mov	rax, qword ptr [rbp - 8]
	movsxd	rcx, dword ptr [rbp - 16]
	mov	qword ptr [rax + 8*rcx], rdx
	mov	rdx, qword ptr [rbp - 32]
	mov	rax, qword ptr [rbp - 8]
	movsxd	rcx, dword ptr [rbp - 20]
	mov	qword ptr [rax + 8*rcx], rdx
# %bb.9:                                #   in Loop: Header=BB11_1 Depth=1
	mov	eax, dword ptr [rbp - 16]
	add	eax, 1
	mov	dword ptr [rbp - 16], eax
	jmp	.LBB11_1
.LBB11_10:
	pop	rbp
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
	mov	rbp, rsp
	sub	rsp, 32
	mov	qword ptr [rbp - 8], rdi
	mov	dword ptr [rbp - 12], esi
	mov	eax, dword ptr [rbp - 12]
	sub	eax, 2
	mov	ecx, 2
	cdq
	idiv	ecx
	mov	dword ptr [rbp - 16], eax
.LBB12_1:                               # =>This Inner Loop Header: Depth=1
	cmp	dword ptr [rbp - 16], 0
	jl	.LBB12_4
# %bb.2:                                #   in Loop: Header=BB12_1 Depth=1
	mov	rdi, qword ptr [rbp - 8]
	mov	esi, dword ptr [rbp - 16]
	mov	edx, dword ptr [rbp - 12]
	sub	edx, 1
	call	sift_down
# %bb.3:                                #   in Loop: Header=BB12_1 Depth=1
	mov	eax, dword ptr [rbp - 16]
	add	eax, -1
	mov	dword ptr [rbp - 16], eax
	jmp	.LBB12_1
.LBB12_4:
	mov	eax, dword ptr [rbp - 12]
	sub	eax, 1
	mov	dword ptr [rbp - 20], eax
.LBB12_5:                               # =>This Inner Loop Header: Depth=1
	cmp	dword ptr [rbp - 20], 0
	jle	.LBB12_8
# %bb.6:                                #   in Loop: Header=BB12_5 Depth=1
	mov	rax, qword ptr [rbp - 8]
	movsxd	rcx, dword ptr [rbp - 20]
	mov	eax, dword ptr [rax + 4*rcx]
	mov	dword ptr [rbp - 24], eax
	mov	rax, qword ptr [rbp - 8]
	mov	edx, dword ptr [rax]
	mov	rax, qword ptr [rbp - 8]
	movsxd	rcx, dword ptr [rbp - 20]
	mov	dword ptr [rax + 4*rcx], edx
	mov	ecx, dword ptr [rbp - 24]
	mov	rax, qword ptr [rbp - 8]
	mov	dword ptr [rax], ecx
	mov	rdi, qword ptr [rbp - 8]
	mov	edx, dword ptr [rbp - 20]
	sub	edx, 1
	xor	esi, esi
	call	sift_down
# %bb.7:                                #   in Loop: Header=BB12_5 Depth=1
	mov	eax, dword ptr [rbp - 20]
	add	eax, -1
	mov	dword ptr [rbp - 20], eax
	jmp	.LBB12_5
.LBB12_8:
	add	rsp, 32
	pop	rbp
	ret
.Lfunc_end12:
	.size	heap_sort, .Lfunc_end12-heap_sort
                                        # -- End function
	.p2align	4, 0x90                         # -- Begin function sift_down
	.type	sift_down,@function
sift_down:                              # @sift_down
# %bb.0:
	push	rbp
	mov	rbp, rsp
	mov	qword ptr [rbp - 8], rdi
	mov	dword ptr [rbp - 12], esi
	mov	dword ptr [rbp - 16], edx
	mov	eax, dword ptr [rbp - 12]
	mov	dword ptr [rbp - 20], eax
.LBB13_1:                               # =>This Inner Loop Header: Depth=1
	mov	eax, dword ptr [rbp - 20]
	shl	eax, 1
	add	eax, 1
	cmp	eax, dword ptr [rbp - 16]
	jg	.LBB13_10
# %bb.2:                                #   in Loop: Header=BB13_1 Depth=1
	mov	eax, dword ptr [rbp - 20]
	shl	eax, 1
	add	eax, 1
	mov	dword ptr [rbp - 24], eax
	mov	eax, dword ptr [rbp - 20]
	mov	dword ptr [rbp - 28], eax
	mov	rax, qword ptr [rbp - 8]
	movsxd	rcx, dword ptr [rbp - 28]
	mov	eax, dword ptr [rax + 4*rcx]
	mov	rcx, qword ptr [rbp - 8]
	movsxd	rdx, dword ptr [rbp - 24]
	cmp	eax, dword ptr [rcx + 4*rdx]
	jge	.LBB13_4
# %bb.3:                                #   in Loop: Header=BB13_1 Depth=1
	mov	eax, dword ptr [rbp - 24]
	mov	dword ptr [rbp - 28], eax
.LBB13_4:                               #   in Loop: Header=BB13_1 Depth=1
	mov	eax, dword ptr [rbp - 24]
	add	eax, 1
	cmp	eax, dword ptr [rbp - 16]
	jg	.LBB13_7
# %bb.5:                                #   in Loop: Header=BB13_1 Depth=1
	mov	rax, qword ptr [rbp - 8]
	movsxd	rcx, dword ptr [rbp - 28]
	mov	eax, dword ptr [rax + 4*rcx]
	mov	rcx, qword ptr [rbp - 8]
	mov	edx, dword ptr [rbp - 24]
	add	edx, 1
	movsxd	rdx, edx
	cmp	eax, dword ptr [rcx + 4*rdx]
	jge	.LBB13_7
# %bb.6:                                #   in Loop: Header=BB13_1 Depth=1
	mov	eax, dword ptr [rbp - 24]
	add	eax, 1
	mov	dword ptr [rbp - 28], eax
.LBB13_7:                               #   in Loop: Header=BB13_1 Depth=1
	mov	eax, dword ptr [rbp - 28]
	cmp	eax, dword ptr [rbp - 20]
	jne	.LBB13_9
# %bb.8:
	jmp	.LBB13_10
.LBB13_9:                               #   in Loop: Header=BB13_1 Depth=1
	mov	rax, qword ptr [rbp - 8]
	movsxd	rcx, dword ptr [rbp - 20]
	mov	eax, dword ptr [rax + 4*rcx]
	mov	dword ptr [rbp - 32], eax
	mov	rax, qword ptr [rbp - 8]
	movsxd	rcx, dword ptr [rbp - 28]
	mov	edx, dword ptr [rax + 4*rcx]
	mov	rax, qword ptr [rbp - 8]
	movsxd	rcx, dword ptr [rbp - 20]
	mov	dword ptr [rax + 4*rcx], edx
	mov	edx, dword ptr [rbp - 32]
	mov	rax, qword ptr [rbp - 8]
	movsxd	rcx, dword ptr [rbp - 28]
	mov	dword ptr [rax + 4*rcx], edx
	mov	eax, dword ptr [rbp - 28]
	mov	dword ptr [rbp - 20], eax
	jmp	.LBB13_1
.LBB13_10:
	pop	rbp
	ret
.Lfunc_end13:
	.size	sift_down, .Lfunc_end13-sift_down
                                        # -- End function
	.globl	quick_sort                      # -- Begin function quick_sort
	.p2align	4, 0x90
	.type	quick_sort,@function
quick_sort:                             # @quick_sort
# %bb.0:
	push	rbp
	mov	rbp, rsp
	sub	rsp, 16
	mov	qword ptr [rbp - 8], rdi
	mov	dword ptr [rbp - 12], esi
	mov	rdi, qword ptr [rbp - 8]
	mov	edx, dword ptr [rbp - 12]
	sub	edx, 1
	xor	esi, esi
	call	quick
	add	rsp, 16
	pop	rbp
	ret
.Lfunc_end14:
	.size	quick_sort, .Lfunc_end14-quick_sort
                                        # -- End function
	.p2align	4, 0x90                         # -- Begin function quick
	.type	quick,@function
quick:                                  # @quick
# %bb.0:
	push	rbp
	mov	rbp, rsp
	sub	rsp, 48
	mov	qword ptr [rbp - 8], rdi
	mov	dword ptr [rbp - 12], esi
	mov	dword ptr [rbp - 16], edx
	mov	eax, dword ptr [rbp - 12]
	cmp	eax, dword ptr [rbp - 16]
	jl	.LBB15_2
# %bb.1:
	jmp	.LBB15_14
.LBB15_2:
	mov	rax, qword ptr [rbp - 8]
	mov	qword ptr [rbp - 40], rax       # 8-byte Spill
	mov	eax, dword ptr [rbp - 12]
	add	eax, dword ptr [rbp - 16]
	mov	ecx, 2
	cdq
	idiv	ecx
	mov	ecx, eax
	mov	rax, qword ptr [rbp - 40]       # 8-byte Reload
	movsxd	rcx, ecx
	mov	eax, dword ptr [rax + 4*rcx]
	mov	dword ptr [rbp - 20], eax
	mov	eax, dword ptr [rbp - 12]
	mov	dword ptr [rbp - 24], eax
	mov	eax, dword ptr [rbp - 16]
	mov	dword ptr [rbp - 28], eax
.LBB15_3:                               # =>This Loop Header: Depth=1
                                        #     Child Loop BB15_5 Depth 2
                                        #     Child Loop BB15_8 Depth 2
	mov	eax, dword ptr [rbp - 24]
	cmp	eax, dword ptr [rbp - 28]
	jg	.LBB15_13
# %bb.4:                                #   in Loop: Header=BB15_3 Depth=1
	jmp	.LBB15_5
.LBB15_5:                               #   Parent Loop BB15_3 Depth=1
                                        # =>  This Inner Loop Header: Depth=2
	mov	rax, qword ptr [rbp - 8]
	movsxd	rcx, dword ptr [rbp - 24]
	mov	eax, dword ptr [rax + 4*rcx]
	cmp	eax, dword ptr [rbp - 20]
	jge	.LBB15_7
# %bb.6:                                #   in Loop: Header=BB15_5 Depth=2
	mov	eax, dword ptr [rbp - 24]
	add	eax, 1
	mov	dword ptr [rbp - 24], eax
	jmp	.LBB15_5
.LBB15_7:                               #   in Loop: Header=BB15_3 Depth=1
	jmp	.LBB15_8
.LBB15_8:                               #   Parent Loop BB15_3 Depth=1
                                        # =>  This Inner Loop Header: Depth=2
	mov	rax, qword ptr [rbp - 8]
	movsxd	rcx, dword ptr [rbp - 28]
	mov	eax, dword ptr [rax + 4*rcx]
	cmp	eax, dword ptr [rbp - 20]
	jle	.LBB15_10
# %bb.9:                                #   in Loop: Header=BB15_8 Depth=2
	mov	eax, dword ptr [rbp - 28]
	add	eax, -1
	mov	dword ptr [rbp - 28], eax
	jmp	.LBB15_8
.LBB15_10:                              #   in Loop: Header=BB15_3 Depth=1
	mov	eax, dword ptr [rbp - 24]
	cmp	eax, dword ptr [rbp - 28]
	jg	.LBB15_12
# %bb.11:                               #   in Loop: Header=BB15_3 Depth=1
	mov	rax, qword ptr [rbp - 8]
	movsxd	rcx, dword ptr [rbp - 24]
	mov	eax, dword ptr [rax + 4*rcx]
	mov	dword ptr [rbp - 32], eax
	mov	rax, qword ptr [rbp - 8]
	movsxd	rcx, dword ptr [rbp - 28]
	mov	edx, dword ptr [rax + 4*rcx]
	mov	rax, qword ptr [rbp - 8]
	movsxd	rcx, dword ptr [rbp - 24]
	mov	dword ptr [rax + 4*rcx], edx
	mov	edx, dword ptr [rbp - 32]
	mov	rax, qword ptr [rbp - 8]
	movsxd	rcx, dword ptr [rbp - 28]
	mov	dword ptr [rax + 4*rcx], edx
	mov	eax, dword ptr [rbp - 24]
	add	eax, 1
	mov	dword ptr [rbp - 24], eax
	mov	eax, dword ptr [rbp - 28]
	add	eax, -1
	mov	dword ptr [rbp - 28], eax
.LBB15_12:                              #   in Loop: Header=BB15_3 Depth=1
	jmp	.LBB15_3
.LBB15_13:
	mov	rdi, qword ptr [rbp - 8]
	mov	esi, dword ptr [rbp - 12]
	mov	edx, dword ptr [rbp - 28]
	call	quick
	mov	rdi, qword ptr [rbp - 8]
	mov	esi, dword ptr [rbp - 24]
	mov	edx, dword ptr [rbp - 16]
	call	quick
.LBB15_14:
	add	rsp, 48
	pop	rbp
	ret
.Lfunc_end15:
	.size	quick, .Lfunc_end15-quick
                                        # -- End function
	.globl	prefix_sums                     # -- Begin function prefix_sums
	.p2align	4, 0x90
	.type	prefix_sums,@function
prefix_sums:                            # @prefix_sums
# %bb.0:
	push	rbp
	mov	rbp, rsp
	mov	qword ptr [rbp - 8], rdi
	mov	dword ptr [rbp - 12], esi
	mov	dword ptr [rbp - 16], 1
.LBB16_1:                               # =>This Inner Loop Header: Depth=1
	mov	eax, dword ptr [rbp - 16]
	cmp	eax, dword ptr [rbp - 12]
	jge	.LBB16_4
# %bb.2:                                #   in Loop: Header=BB16_1 Depth=1
	mov	rax, qword ptr [rbp - 8]
	mov	ecx, dword ptr [rbp - 16]
	sub	ecx, 1
	movsxd	rcx, ecx
	mov	edx, dword ptr [rax + 4*rcx]
	mov	rax, qword ptr [rbp - 8]
	movsxd	rcx, dword ptr [rbp - 16]
	add	edx, dword ptr [rax + 4*rcx]
	mov	dword ptr [rax + 4*rcx], edx
# %bb.3:                                #   in Loop: Header=BB16_1 Depth=1
	mov	eax, dword ptr [rbp - 16]
	add	eax, 1
	mov	dword ptr [rbp - 16], eax
	jmp	.LBB16_1
.LBB16_4:
	pop	rbp
	ret
.Lfunc_end16:
	.size	prefix_sums, .Lfunc_end16-prefix_sums
                                        # -- End function
	.globl	dot_product                     # -- Begin function dot_product
	.p2align	4, 0x90
	.type	dot_product,@function
dot_product:                            # @dot_product
# %bb.0:
	push	rbp
	mov	rbp, rsp
	mov	qword ptr [rbp - 8], rdi
	mov	qword ptr [rbp - 16], rsi
	mov	dword ptr [rbp - 20], edx
	mov	qword ptr [rbp - 32], 0
	mov	dword ptr [rbp - 36], 0
.LBB17_1:                               # =>This Inner Loop Header: Depth=1
	mov	eax, dword ptr [rbp - 36]
	cmp	eax, dword ptr [rbp - 20]
	jge	.LBB17_4
# %bb.2:                                #   in Loop: Header=BB17_1 Depth=1
	mov	rax, qword ptr [rbp - 8]
	movsxd	rcx, dword ptr [rbp - 36]
	movsxd	rax, dword ptr [rax + 4*rcx]
	mov	rcx, qword ptr [rbp - 16]
	movsxd	rdx, dword ptr [rbp - 36]
	movsxd	rcx, dword ptr [rcx + 4*rdx]
	imul	rax, rcx
	add	rax, qword ptr [rbp - 32]
	mov	qword ptr [rbp - 32], rax
# %bb.3:                                #   in Loop: Header=BB17_1 Depth=1
	mov	eax, dword ptr [rbp - 36]
	add	eax, 1
	mov	dword ptr [rbp - 36], eax
	jmp	.LBB17_1
.LBB17_4:
	mov	rax, qword ptr [rbp - 32]
	pop	rbp
	ret
.Lfunc_end17:
	.size	dot_product, .Lfunc_end17-dot_product
                                        # -- End function
	.globl	max_subarray                    # -- Begin function max_subarray
	.p2align	4, 0x90
	.type	max_subarray,@function
max_subarray:                           # @max_subarray
# %bb.0:
	push	rbp
	mov	rbp, rsp
	mov	qword ptr [rbp - 8], rdi
	mov	dword ptr [rbp - 12], esi
	mov	qword ptr [rbp - 24], 0
	mov	qword ptr [rbp - 32], 0
	mov	dword ptr [rbp - 36], 0
.LBB18_1:                               # =>This Inner Loop Header: Depth=1
	mov	eax, dword ptr [rbp - 36]
	cmp	eax, dword ptr [rbp - 12]
	jge	.LBB18_9
# %bb.2:                                #   in Loop: Header=BB18_1 Depth=1
	mov	rax, qword ptr [rbp - 32]
	mov	rcx, qword ptr [rbp - 8]
	movsxd	rdx, dword ptr [rbp - 36]
	movsxd	rcx, dword ptr [rcx + 4*rdx]
	add	rax, rcx
	cmp	rax, 0
	jle	.LBB18_4
# %bb.3:                                #   in Loop: Header=BB18_1 Depth=1
	mov	rax, qword ptr [rbp - 32]
	mov	rcx, qword ptr [rbp - 8]
	movsxd	rdx, dword ptr [rbp - 36]
	movsxd	rcx, dword ptr [rcx + 4*rdx]
	add	rax, rcx
	mov	qword ptr [rbp - 48], rax       # 8-byte Spill
	jmp	.LBB18_5
.LBB18_4:                               #   in Loop: Header=BB18_1 Depth=1
	xor	eax, eax
                                        # kill: def $rax killed $eax
	mov	qword ptr [rbp - 48], rax       # 8-byte Spill
	jmp	.LBB18_5
.LBB18_5:                               #   in Loop: Header=BB18_1 Depth=1
	mov	rax, qword ptr [rbp - 48]       # 8-byte Reload
	mov	qword ptr [rbp - 32], rax
	mov	rax, qword ptr [rbp - 32]
	cmp	rax, qword ptr [rbp - 24]
	jle	.LBB18_7
# %bb.6:                                #   in Loop: Header=BB18_1 Depth=1
	mov	rax, qword ptr [rbp - 32]
	mov	qword ptr [rbp - 24], rax
.LBB18_7:                               #   in Loop: Header=BB18_1 Depth=1
	jmp	.LBB18_8
.LBB18_8:                               #   in Loop: Header=BB18_1 Depth=1
	mov	eax, dword ptr [rbp - 36]
	add	eax, 1
	mov	dword ptr [rbp - 36], eax
	jmp	.LBB18_1
.LBB18_9:
	mov	rax, qword ptr [rbp - 24]
	pop	rbp
	ret
.Lfunc_end18:
	.size	max_subarray, .Lfunc_end18-max_subarray
                                        # -- End function
	.globl	rotate_left_one                 # -- Begin function rotate_left_one
	.p2align	4, 0x90
	.type	rotate_left_one,@function
rotate_left_one:                        # @rotate_left_one
# %bb.0:
	push	rbp
	mov	rbp, rsp
	mov	qword ptr [rbp - 8], rdi
	mov	dword ptr [rbp - 12], esi
	cmp	dword ptr [rbp - 12], 2
	jge	.LBB19_2
# %bb.1:
	jmp	.LBB19_7
.LBB19_2:
	mov	rax, qword ptr [rbp - 8]
	mov	eax, dword ptr [rax]
	mov	dword ptr [rbp - 16], eax
	mov	dword ptr [rbp - 20], 1
.LBB19_3:                               # =>This Inner Loop Header: Depth=1
	mov	eax, dword ptr [rbp - 20]
	cmp	eax, dword ptr [rbp - 12]
	jge	.LBB19_6
# %bb.4:                                #   in Loop: Header=BB19_3 Depth=1
	mov	rax, qword ptr [rbp - 8]
	movsxd	rcx, dword ptr [rbp - 20]
	mov	edx, dword ptr [rax + 4*rcx]
	mov	rax, qword ptr [rbp - 8]
	mov	ecx, dword ptr [rbp - 20]
	sub	ecx, 1
	movsxd	rcx, ecx
	mov	dword ptr [rax + 4*rcx], edx
# %bb.5:                                #   in Loop: Header=BB19_3 Depth=1
	mov	eax, dword ptr [rbp - 20]
	add	eax, 1
	mov	dword ptr [rbp - 20], eax
	jmp	.LBB19_3
.LBB19_6:
	mov	edx, dword ptr [rbp - 16]
	mov	rax, qword ptr [rbp - 8]
	mov	ecx, dword ptr [rbp - 12]
	sub	ecx, 1
	movsxd	rcx, ecx
	mov	dword ptr [rax + 4*rcx], edx
.LBB19_7:
	pop	rbp
	ret
.Lfunc_end19:
	.size	rotate_left_one, .Lfunc_end19-rotate_left_one
                                        # -- End function
	.globl	count_distinct_sorted           # -- Begin function count_distinct_sorted
	.p2align	4, 0x90
	.type	count_distinct_sorted,@function
count_distinct_sorted:                  # @count_distinct_sorted
# %bb.0:
	push	rbp
	mov	rbp, rsp
	mov	qword ptr [rbp - 8], rdi
	mov	dword ptr [rbp - 12], esi
	cmp	dword ptr [rbp - 12], 0
	setg	al
	and	al, 1
	movzx	eax, al
	mov	dword ptr [rbp - 16], eax
	mov	dword ptr [rbp - 20], 1
.LBB20_1:                               # =>This Inner Loop Header: Depth=1
	mov	eax, dword ptr [rbp - 20]
	cmp	eax, dword ptr [rbp - 12]
	jge	.LBB20_4
# %bb.2:                                #   in Loop: Header=BB20_1 Depth=1
	mov	rax, qword ptr [rbp - 8]
	movsxd	rcx, dword ptr [rbp - 20]
	mov	eax, dword ptr [rax + 4*rcx]
	mov	rcx, qword ptr [rbp - 8]
	mov	edx, dword ptr [rbp - 20]
	sub	edx, 1
	movsxd	rdx, edx
	cmp	eax, dword ptr [rcx + 4*rdx]
	setne	al
	and	al, 1
	movzx	eax, al
	add	eax, dword ptr [rbp - 16]
	mov	dword ptr [rbp - 16], eax
# %bb.3:                                #   in Loop: Header=BB20_1 Depth=1
	mov	eax, dword ptr [rbp - 20]
	add	eax, 1
	mov	dword ptr [rbp - 20], eax
	jmp	.LBB20_1
.LBB20_4:
	mov	eax, dword ptr [rbp - 16]
	pop	rbp
	ret
.Lfunc_end20:
	.size	count_distinct_sorted, .Lfunc_end20-count_distinct_sorted
                                        # -- End function
	.globl	sum_u64                         # -- Begin function sum_u64
	.p2align	4, 0x90
	.type	sum_u64,@function
sum_u64:                                # @sum_u64
# %bb.0:
	push	rbp
	mov	rbp, rsp
	mov	qword ptr [rbp - 8], rdi
	mov	qword ptr [rbp - 16], rsi
	mov	qword ptr [rbp - 24], 0
	mov	qword ptr [rbp - 32], 0
.LBB21_1:                               # =>This Inner Loop Header: Depth=1
	mov	rax, qword ptr [rbp - 32]
	cmp	rax, qword ptr [rbp - 16]
	jae	.LBB21_4
# %bb.2:                                #   in Loop: Header=BB21_1 Depth=1
	mov	rax, qword ptr [rbp - 8]
	mov	rcx, qword ptr [rbp - 32]
	mov	rax, qword ptr [rax + 8*rcx]
	add	rax, qword ptr [rbp - 24]
	mov	qword ptr [rbp - 24], rax
# %bb.3:                                #   in Loop: Header=BB21_1 Depth=1
	mov	rax, qword ptr [rbp - 32]
	add	rax, 1
	mov	qword ptr [rbp - 32], rax
	jmp	.LBB21_1
.LBB21_4:
	mov	rax, qword ptr [rbp - 24]
	pop	rbp
	ret
.Lfunc_end21:
	.size	sum_u64, .Lfunc_end21-sum_u64
                                        # -- End function
	.globl	sum_bytes                       # -- Begin function sum_bytes
	.p2align	4, 0x90
	.type	sum_bytes,@function
sum_bytes:                              # @sum_bytes
# %bb.0:
	push	rbp
	mov	rbp, rsp
	mov	qword ptr [rbp - 8], rdi
	mov	qword ptr [rbp - 16], rsi
	mov	dword ptr [rbp - 20], 0
	mov	qword ptr [rbp - 32], 0
.LBB22_1:                               # =>This Inner Loop Header: Depth=1
	mov	rax, qword ptr [rbp - 32]
	cmp	rax, qword ptr [rbp - 16]
	jae	.LBB22_4
# %bb.2:                                #   in Loop: Header=BB22_1 Depth=1
	mov	rax, qword ptr [rbp - 8]
	mov	rcx, qword ptr [rbp - 32]
	movzx	eax, byte ptr [rax + rcx]
	add	eax, dword ptr [rbp - 20]
	mov	dword ptr [rbp - 20], eax
# %bb.3:                                #   in Loop: Header=BB22_1 Depth=1
	mov	rax, qword ptr [rbp - 32]
	add	rax, 1
	mov	qword ptr [rbp - 32], rax
	jmp	.LBB22_1
.LBB22_4:
	mov	eax, dword ptr [rbp - 20]
	pop	rbp
	ret
.Lfunc_end22:
	.size	sum_bytes, .Lfunc_end22-sum_bytes
                                        # -- End function
	.globl	sum_shorts                      # -- Begin function sum_shorts
	.p2align	4, 0x90
	.type	sum_shorts,@function
sum_shorts:                             # @sum_shorts
# %bb.0:
	push	rbp
	mov	rbp, rsp
	mov	qword ptr [rbp - 8], rdi
	mov	dword ptr [rbp - 12], esi
	mov	dword ptr [rbp - 16], 0
	mov	dword ptr [rbp - 20], 0
.LBB23_1:                               # =>This Inner Loop Header: Depth=1
	mov	eax, dword ptr [rbp - 20]
	cmp	eax, dword ptr [rbp - 12]
	jge	.LBB23_4
# %bb.2:                                #   in Loop: Header=BB23_1 Depth=1
	mov	rax, qword ptr [rbp - 8]
	movsxd	rcx, dword ptr [rbp - 20]
	movsx	eax, word ptr [rax + 2*rcx]
	add	eax, dword ptr [rbp - 16]
	mov	dword ptr [rbp - 16], eax
# %bb.3:                                #   in Loop: Header=BB23_1 Depth=1
	mov	eax, dword ptr [rbp - 20]
	add	eax, 1
	mov	dword ptr [rbp - 20], eax
	jmp	.LBB23_1
.LBB23_4:
	mov	eax, dword ptr [rbp - 16]
	pop	rbp
	ret
.Lfunc_end23:
	.size	sum_shorts, .Lfunc_end23-sum_shorts
                                        # -- End function
	.globl	fill_squares                    # -- Begin function fill_squares
	.p2align	4, 0x90
	.type	fill_squares,@function
fill_squares:                           # @fill_squares
# %bb.0:
	push	rbp
	mov	rbp, rsp
	mov	qword ptr [rbp - 8], rdi
	mov	dword ptr [rbp - 12], esi
	mov	dword ptr [rbp - 16], 0
.LBB24_1:                               # =>This Inner Loop Header: Depth=1
	mov	eax, dword ptr [rbp - 16]
	cmp	eax, dword ptr [rbp - 12]
	jge	.LBB24_4
# %bb.2:                                #   in Loop: Header=BB24_1 Depth=1
	mov	edx, dword ptr [rbp - 16]
	imul	edx, dword ptr [rbp - 16]
	mov	rax, qword ptr [rbp - 8]
	movsxd	rcx, dword ptr [rbp - 16]
	mov	dword ptr [rax + 4*rcx], edx
# %bb.3:                                #   in Loop: Header=BB24_1 Depth=1
	mov	eax, dword ptr [rbp - 16]
	add	eax, 1
	mov	dword ptr [rbp - 16], eax
	jmp	.LBB24_1
.LBB24_4:
	pop	rbp
	ret
.Lfunc_end24:
	.size	fill_squares, .Lfunc_end24-fill_squares
                                        # -- End function
	.globl	zero_array                      # -- Begin function zero_array
	.p2align	4, 0x90
	.type	zero_array,@function
zero_array:                             # @zero_array
# %bb.0:
	push	rbp
	mov	rbp, rsp
	mov	qword ptr [rbp - 8], rdi
	mov	dword ptr [rbp - 12], esi
	mov	dword ptr [rbp - 16], 0
.LBB25_1:                               # =>This Inner Loop Header: Depth=1
	mov	eax, dword ptr [rbp - 16]
	cmp	eax, dword ptr [rbp - 12]
	jge	.LBB25_4
# %bb.2:                                #   in Loop: Header=BB25_1 Depth=1
	mov	rax, qword ptr [rbp - 8]
	movsxd	rcx, dword ptr [rbp - 16]
	mov	dword ptr [rax + 4*rcx], 0
# %bb.3:                                #   in Loop: Header=BB25_1 Depth=1
	mov	eax, dword ptr [rbp - 16]
	add	eax, 1
	mov	dword ptr [rbp - 16], eax
	jmp	.LBB25_1
.LBB25_4:
	pop	rbp
	ret
.Lfunc_end25:
	.size	zero_array, .Lfunc_end25-zero_array
                                        # -- End function
	.globl	copy_array                      # -- Begin function copy_array
	.p2align	4, 0x90
	.type	copy_array,@function
copy_array:                             # @copy_array
# %bb.0:
	push	rbp
	mov	rbp, rsp
	mov	qword ptr [rbp - 8], rdi
	mov	qword ptr [rbp - 16], rsi
	mov	dword ptr [rbp - 20], edx
	mov	dword ptr [rbp - 24], 0
.LBB26_1:                               # =>This Inner Loop Header: Depth=1
	mov	eax, dword ptr [rbp - 24]
	cmp	eax, dword ptr [rbp - 20]
	jge	.LBB26_4
# %bb.2:                                #   in Loop: Header=BB26_1 Depth=1
	mov	rax, qword ptr [rbp - 16]
	movsxd	rcx, dword ptr [rbp - 24]
	mov	edx, dword ptr [rax + 4*rcx]
	mov	rax, qword ptr [rbp - 8]
	movsxd	rcx, dword ptr [rbp - 24]
	mov	dword ptr [rax + 4*rcx], edx
# %bb.3:                                #   in Loop: Header=BB26_1 Depth=1
	mov	eax, dword ptr [rbp - 24]
	add	eax, 1
	mov	dword ptr [rbp - 24], eax
	jmp	.LBB26_1
.LBB26_4:
	pop	rbp
	ret
.Lfunc_end26:
	.size	copy_array, .Lfunc_end26-copy_array
                                        # -- End function
	.globl	majority_candidate              # -- Begin function majority_candidate
	.p2align	4, 0x90
	.type	majority_candidate,@function
majority_candidate:                     # @majority_candidate
# %bb.0:
	push	rbp
	mov	rbp, rsp
	mov	qword ptr [rbp - 8], rdi
	mov	dword ptr [rbp - 12], esi
	mov	dword ptr [rbp - 16], 0
	mov	dword ptr [rbp - 20], 0
	mov	dword ptr [rbp - 24], 0
.LBB27_1:                               # =>This Inner Loop Header: Depth=1
	mov	eax, dword ptr [rbp - 24]
	cmp	eax, dword ptr [rbp - 12]
	jge	.LBB27_6
# %bb.2:                                #   in Loop: Header=BB27_1 Depth=1
	cmp	dword ptr [rbp - 20], 0
	jne	.LBB27_4
# %bb.3:                                #   in Loop: Header=BB27_1 Depth=1
	mov	rax, qword ptr [rbp - 8]
	movsxd	rcx, dword ptr [rbp - 24]
	mov	eax, dword ptr [rax + 4*rcx]
	mov	dword ptr [rbp - 16], eax
.LBB27_4:                               #   in Loop: Header=BB27_1 Depth=1
	mov	rax, qword ptr [rbp - 8]
	movsxd	rcx, dword ptr [rbp - 24]
	mov	edx, dword ptr [rax + 4*rcx]
	mov	esi, dword ptr [rbp - 16]
	mov	eax, 4294967295
	mov	ecx, 1
	cmp	edx, esi
	cmove	eax, ecx
	add	eax, dword ptr [rbp - 20]
	mov	dword ptr [rbp - 20], eax
# %bb.5:                                #   in Loop: Header=BB27_1 Depth=1
	mov	eax, dword ptr [rbp - 24]
	add	eax, 1
	mov	dword ptr [rbp - 24], eax
	jmp	.LBB27_1
.LBB27_6:
	mov	eax, dword ptr [rbp - 16]
	pop	rbp
	ret
.Lfunc_end27:
	.size	majority_candidate, .Lfunc_end27-majority_candidate
                                        # -- End function
	.globl	second_largest                  # -- Begin function second_largest
	.p2align	4, 0x90
	.type	second_largest,@function
second_largest:                         # @second_largest
# %bb.0:
	push	rbp
	mov	rbp, rsp
	mov	qword ptr [rbp - 8], rdi
	mov	dword ptr [rbp - 12], esi
	mov	dword ptr [rbp - 16], -2147483648
	mov	eax, dword ptr [rbp - 16]
	mov	dword ptr [rbp - 20], eax
	mov	dword ptr [rbp - 24], 0
.LBB28_1:                               # =>This Inner Loop Header: Depth=1
	mov	eax, dword ptr [rbp - 24]
	cmp	eax, dword ptr [rbp - 12]
	jge	.LBB28_10
# %bb.2:                                #   in Loop: Header=BB28_1 Depth=1
	mov	rax, qword ptr [rbp - 8]
	movsxd	rcx, dword ptr [rbp - 24]
	mov	eax, dword ptr [rax + 4*rcx]
	cmp	eax, dword ptr [rbp - 16]
	jle	.LBB28_4
# %bb.3:                                #   in Loop: Header=BB28_1 Depth=1
	mov	eax, dword ptr [rbp - 16]
	mov	dword ptr [rbp - 20], eax
	mov	rax, qword ptr [rbp - 8]
	movsxd	rcx, dword ptr [rbp - 24]
	mov	eax, dword ptr [rax + 4*rcx]
	mov	dword ptr [rbp - 16], eax
	jmp	.LBB28_8
.LBB28_4:                               #   in Loop: Header=BB28_1 Depth=1
	mov	rax, qword ptr [rbp - 8]
	movsxd	rcx, dword ptr [rbp - 24]
	mov	eax, dword ptr [rax + 4*rcx]
	cmp	eax, dword ptr [rbp - 20]
	jle	.LBB28_7
# %bb.5:                                #   in Loop: Header=BB28_1 Depth=1
	mov	rax, qword ptr [rbp - 8]
	movsxd	rcx, dword ptr [rbp - 24]
	mov	eax, dword ptr [rax + 4*rcx]
	cmp	eax, dword ptr [rbp - 16]
	je	.LBB28_7
# %bb.6:                                #   in Loop: Header=BB28_1 Depth=1
	mov	rax, qword ptr [rbp - 8]
	movsxd	rcx, dword ptr [rbp - 24]
	mov	eax, dword ptr [rax + 4*rcx]
	mov	dword ptr [rbp - 20], eax
.LBB28_7:                               #   in Loop: Header=BB28_1 Depth=1
	jmp	.LBB28_8
.LBB28_8:                               #   in Loop: Header=BB28_1 Depth=1
	jmp	.LBB28_9
.LBB28_9:                               #   in Loop: Header=BB28_1 Depth=1
	mov	eax, dword ptr [rbp - 24]
	add	eax, 1
	mov	dword ptr [rbp - 24], eax
	jmp	.LBB28_1
.LBB28_10:
	mov	eax, dword ptr [rbp - 20]
	pop	rbp
	ret
.Lfunc_end28:
	.size	second_largest, .Lfunc_end28-second_largest
                                        # -- End function
	.ident	"Debian clang version 14.0.6"
	.section	".note.GNU-stack","",@progbits
