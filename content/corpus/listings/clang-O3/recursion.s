	.text
	.intel_syntax noprefix
	.file	"recursion.c"
	.globl	factorial                       # -- Begin function factorial
	.p2align	4, 0x90
	.type	factorial,@function
factorial:                              # @factorial
# %bb.0:
	mov	eax, 1
	cmp	edi, 2
	jb	.LBB0_3
# %bb.1:
	mov	ecx, edi
	mov	eax, 1
	.p2align	4, 0x90
.LBB0_2:                                # =>This Inner Loop Header: Depth=1
	imul	rax, rcx
	add	rcx, -1
	test	ecx, -2
	jne	.LBB0_2
.LBB0_3:
	ret
.Lfunc_end0:
	.size	factorial, .Lfunc_end0-factorial
                                        # -- End function
	.globl	fib                             # -- Begin function fib
	.p2align	4, 0x90
	.type	fib,@function
fib:                                    # @fib
# %bb.0:
	push	rbp
	push	rbx
	push	rax
	mov	ebx, edi
	xor	ebp, ebp
	cmp	edi, 2
	jge	.LBB1_2
# %bb.1:
	mov	ecx, ebx
	jmp	.LBB1_4
.LBB1_2:
	xor	ebp, ebp
	.p2align	4, 0x90
.LBB1_3:                                # =>This Inner Loop Header: Depth=1
	lea	edi, [rbx - 1]
	call	fib
	lea	ecx, [rbx - 2]
	add	ebp, eax
	cmp	ebx, 3
	mov	ebx, ecx
	ja	.LBB1_3
.LBB1_4:
	add	ebp, ecx
	mov	eax, ebp
	add	rsp, 8
	pop	rbx
	pop	rbp
	ret
.Lfunc_end1:
	.size	fib, .Lfunc_end1-fib
                                        # -- End function
	.globl	gcd_recursive                   # -- Begin function gcd_recursive
	.p2align	4, 0x90
	.type	gcd_recursive,@function
gcd_recursive:                          # @gcd_recursive
# %bb.0:
	mov	eax, edi
	test	esi, esi
	je	.LBB2_1
# %bb.3:
	mov	edx, esi
	.p2align	4, 0x90
.LBB2_4:                                # =>This Inner Loop Header: Depth=1
	mov	ecx, edx
	cdq
	idiv	ecx
	mov	eax, ecx
	test	edx, edx
	jne	.LBB2_4
# %bb.2:
	mov	eax, ecx
	neg	eax
	cmovs	eax, ecx
	ret
.LBB2_1:
	mov	ecx, eax
	mov	eax, ecx
	neg	eax
	cmovs	eax, ecx
	ret
.Lfunc_end2:
	.size	gcd_recursive, .Lfunc_end2-gcd_recursive
                                        # -- End function
	.globl	ackermann                       # -- Begin function ackermann
	.p2align	4, 0x90
	.type	ackermann,@function
ackermann:                              # @ackermann
# %bb.0:
	push	rbx
	mov	eax, esi
	test	edi, edi
	je	.LBB3_5
# %bb.1:
	mov	ebx, edi
	jmp	.LBB3_2
	.p2align	4, 0x90
.LBB3_3:                                #   in Loop: Header=BB3_2 Depth=1
	mov	eax, 1
	add	ebx, -1
	je	.LBB3_5
.LBB3_2:                                # =>This Inner Loop Header: Depth=1
	test	eax, eax
	je	.LBB3_3
# %bb.6:                                #   in Loop: Header=BB3_2 Depth=1
	add	eax, -1
	mov	edi, ebx
	mov	esi, eax
	call	ackermann
	add	ebx, -1
	jne	.LBB3_2
.LBB3_5:
	add	eax, 1
	pop	rbx
	ret
.Lfunc_end3:
	.size	ackermann, .Lfunc_end3-ackermann
                                        # -- End function
	.globl	power                           # -- Begin function power
	.p2align	4, 0x90
	.type	power,@function
power:                                  # @power
# %bb.0:
	test	esi, esi
	je	.LBB4_1
# %bb.3:
	push	rbp
	push	rbx
	push	rax
	mov	ebp, esi
	mov	rbx, rdi
	shr	esi
	call	power
	test	bpl, 1
	mov	ecx, 1
	cmovne	rcx, rbx
	imul	rax, rax
	imul	rax, rcx
	add	rsp, 8
	pop	rbx
	pop	rbp
	ret
.LBB4_1:
	mov	eax, 1
	ret
.Lfunc_end4:
	.size	power, .Lfunc_end4-power
                                        # -- End function
	.globl	digit_sum                       # -- Begin function digit_sum
	.p2align	4, 0x90
	.type	digit_sum,@function
digit_sum:                              # @digit_sum
# %bb.0:
	xor	eax, eax
	cmp	edi, 10
	jae	.LBB5_2
# %bb.1:
	mov	edx, edi
	add	eax, edx
	ret
.LBB5_2:
	xor	eax, eax
	mov	r8d, 3435973837
	.p2align	4, 0x90
.LBB5_3:                                # =>This Inner Loop Header: Depth=1
	mov	edx, edi
	imul	rdx, r8
	shr	rdx, 35
	lea	esi, [rdx + rdx]
	lea	esi, [rsi + 4*rsi]
	mov	ecx, edi
	sub	ecx, esi
	add	eax, ecx
	cmp	edi, 99
	mov	edi, edx
	ja	.LBB5_3
# %bb.4:
	add	eax, edx
	ret
.Lfunc_end5:
	.size	digit_sum, .Lfunc_end5-digit_sum
                                        # -- End function
	.globl	binomial                        # -- Begin function binomial
	.p2align	4, 0x90
	.type	binomial,@function
binomial:                               # @binomial
# %bb.0:
	push	rbp
	push	r15
	push	r14
	push	r12
	push	rbx
	xor	r15d, r15d
	test	esi, esi
	js	.LBB6_1
# %bb.2:
	mov	r14d, esi
	mov	ebx, edi
	mov	r12d, 0
	cmp	esi, edi
	jg	.LBB6_7
# %bb.3:
	xor	r15d, r15d
	mov	ebp, r14d
	mov	r12d, 1
	sub	ebp, 1
	jb	.LBB6_7
# %bb.4:
	cmp	ebx, r14d
	je	.LBB6_7
# %bb.5:
	neg	r14d
	add	ebx, -1
	xor	r15d, r15d
	.p2align	4, 0x90
.LBB6_6:                                # =>This Inner Loop Header: Depth=1
	mov	edi, ebx
	mov	esi, ebp
	call	binomial
	add	r15, rax
	lea	eax, [r14 + rbx]
	add	eax, -1
	mov	ecx, ebx
	add	ecx, -1
	mov	ebx, ecx
	cmp	eax, -1
	jne	.LBB6_6
	jmp	.LBB6_7
.LBB6_1:
	xor	r12d, r12d
.LBB6_7:
	add	r15, r12
	mov	rax, r15
	pop	rbx
	pop	r12
	pop	r14
	pop	r15
	pop	rbp
	ret
.Lfunc_end6:
	.size	binomial, .Lfunc_end6-binomial
                                        # -- End function
	.globl	hanoi_moves                     # -- Begin function hanoi_moves
	.p2align	4, 0x90
	.type	hanoi_moves,@function
hanoi_moves:                            # @hanoi_moves
# %bb.0:
	test	edi, edi
	je	.LBB7_1
# %bb.3:
	push	rax
	add	edi, -1
	call	hanoi_moves
	add	rax, rax
	add	rax, 1
	add	rsp, 8
	ret
.LBB7_1:
	xor	eax, eax
	ret
.Lfunc_end7:
	.size	hanoi_moves, .Lfunc_end7-hanoi_moves
                                        # -- End function
	.globl	grid_paths                      # -- Begin function grid_paths
	.p2align	4, 0x90
	.type	grid_paths,@function
grid_paths:                             # @grid_paths
# %bb.0:
	push	rbp
	push	r14
	push	rbx
	mov	ebx, 1
	test	edi, edi
	je	.LBB8_5
# %bb.1:
	mov	ebp, esi
	test	esi, esi
	je	.LBB8_5
# %bb.2:
	mov	r14d, edi
	add	r14d, -1
	xor	ebx, ebx
	.p2align	4, 0x90
.LBB8_3:                                # =>This Inner Loop Header: Depth=1
	mov	edi, r14d
	mov	esi, ebp
	call	grid_paths
	add	rbx, rax
	add	ebp, -1
	jne	.LBB8_3
# %bb.4:
	add	rbx, 1
.LBB8_5:
	mov	rax, rbx
	pop	rbx
	pop	r14
	pop	rbp
	ret
.Lfunc_end8:
	.size	grid_paths, .Lfunc_end8-grid_paths
                                        # -- End function
	.globl	binary_search_rec               # -- Begin function binary_search_rec
	.p2align	4, 0x90
	.type	binary_search_rec,@function
binary_search_rec:                      # @binary_search_rec
# %bb.0:
	mov	eax, -1
	test	esi, esi
	jle	.LBB9_7
# %bb.1:
	add	esi, -1
	xor	r8d, r8d
	.p2align	4, 0x90
.LBB9_2:                                # =>This Inner Loop Header: Depth=1
	mov	r9d, esi
	sub	r9d, r8d
	mov	r10d, r9d
	shr	r10d, 31
	add	r10d, r9d
	sar	r10d
	add	r10d, r8d
	movsxd	rcx, r10d
	cmp	dword ptr [rdi + 4*rcx], edx
	je	.LBB9_3
# %bb.4:                                #   in Loop: Header=BB9_2 Depth=1
	jl	.LBB9_5
# %bb.6:                                #   in Loop: Header=BB9_2 Depth=1
	add	r10d, -1
	mov	esi, r10d
	cmp	r9d, 1
	jg	.LBB9_2
	jmp	.LBB9_7
.LBB9_5:                                #   in Loop: Header=BB9_2 Depth=1
	lea	r8d, [r10 + 1]
	cmp	esi, r10d
	jg	.LBB9_2
.LBB9_7:
	ret
.LBB9_3:
	mov	eax, r10d
	ret
.Lfunc_end9:
	.size	binary_search_rec, .Lfunc_end9-binary_search_rec
                                        # -- End function
	.globl	is_even                         # -- Begin function is_even
	.p2align	4, 0x90
	.type	is_even,@function
is_even:                                # @is_even
# %bb.0:
	test	edi, edi
	je	.LBB10_5
	.p2align	4, 0x90
.LBB10_2:                               # =>This Inner Loop Header: Depth=1
	cmp	edi, 1
	je	.LBB10_4
# %bb.3:                                #   in Loop: Header=BB10_2 Depth=1
	add	edi, -2
	test	edi, edi
	jne	.LBB10_2
.LBB10_5:
	mov	eax, 1
	ret
.LBB10_4:
	xor	eax, eax
	ret
.Lfunc_end10:
	.size	is_even, .Lfunc_end10-is_even
                                        # -- End function
	.globl	is_odd                          # -- Begin function is_odd
	.p2align	4, 0x90
	.type	is_odd,@function
is_odd:                                 # @is_odd
# %bb.0:
	xor	eax, eax
	test	edi, edi
	je	.LBB11_6
# %bb.1:
	add	edi, -1
	test	edi, edi
	je	.LBB11_5
	.p2align	4, 0x90
.LBB11_3:                               # =>This Inner Loop Header: Depth=1
	cmp	edi, 1
	je	.LBB11_6
# %bb.4:                                #   in Loop: Header=BB11_3 Depth=1
	add	edi, -2
	test	edi, edi
	jne	.LBB11_3
.LBB11_5:
	mov	eax, 1
.LBB11_6:
	ret
.Lfunc_end11:
	.size	is_odd, .Lfunc_end11-is_odd
                                        # -- End function
	.globl	tak                             # -- Begin function tak
	.p2align	4, 0x90
	.type	tak,@function
tak:                                    # @tak
# %bb.0:
	push	rbp
	push	r15
	push	r14
	push	r12
	push	rbx
	mov	ebx, edx
	cmp	esi, edi
	jge	.LBB12_3
# %bb.1:
	mov	r14d, esi
	mov	r15d, edi
	.p2align	4, 0x90
.LBB12_2:                               # =>This Inner Loop Header: Depth=1
	lea	edi, [r15 - 1]
	mov	esi, r14d
	mov	edx, ebx
	call	tak
	mov	r12d, eax
	lea	edi, [r14 - 1]
	mov	esi, ebx
	mov	edx, r15d
	call	tak
	mov	ebp, eax
	add	ebx, -1
	mov	edi, ebx
	mov	esi, r15d
	mov	edx, r14d
	call	tak
	mov	ebx, eax
	mov	r14d, ebp
	mov	r15d, r12d
	cmp	ebp, r12d
	jl	.LBB12_2
.LBB12_3:
	mov	eax, ebx
	pop	rbx
	pop	r12
	pop	r14
	pop	r15
	pop	rbp
	ret
.Lfunc_end12:
	.size	tak, .Lfunc_end12-tak
                                        # -- End function
	.globl	sum_array_rec                   # -- Begin function sum_array_rec
	.p2align	4, 0x90
	.type	sum_array_rec,@function
sum_array_rec:                          # @sum_array_rec
# %bb.0:
	test	esi, esi
	jle	.LBB13_1
# %bb.2:
	mov	ecx, esi
	cmp	esi, 4
	jae	.LBB13_4
# %bb.3:
	xor	eax, eax
.LBB13_15:
	add	rcx, 1
	.p2align	4, 0x90
.LBB13_16:                              # =>This Inner Loop Header: Depth=1
	lea	edx, [rcx - 2]
	movsxd	rdx, dword ptr [rdi + 4*rdx]
	add	rax, rdx
	add	rcx, -1
	cmp	rcx, 1
	ja	.LBB13_16
.LBB13_17:
	ret
.LBB13_1:
	xor	eax, eax
	ret
.LBB13_4:
	lea	r11, [rcx - 1]
	add	esi, -1
	xor	eax, eax
	cmp	esi, r11d
	jb	.LBB13_15
# %bb.5:
	mov	rsi, r11
	shr	rsi, 32
	jne	.LBB13_15
# %bb.6:
	mov	r8d, ecx
	and	r8d, -4
	lea	rax, [r8 - 4]
	mov	r9, rax
	shr	r9, 2
	add	r9, 1
	test	rax, rax
	je	.LBB13_7
# %bb.8:
	mov	rax, r9
	and	rax, -2
	mov	esi, 4294967291
	add	rsi, rcx
	pxor	xmm0, xmm0
	mov	r10d, 1
	pxor	xmm1, xmm1
	.p2align	4, 0x90
.LBB13_9:                               # =>This Inner Loop Header: Depth=1
	mov	edx, r11d
	movq	xmm2, qword ptr [rdi + 4*rdx - 4] # xmm2 = mem[0],zero
	pshufd	xmm2, xmm2, 225                 # xmm2 = xmm2[1,0,2,3]
	movq	xmm3, qword ptr [rdi + 4*rdx - 12] # xmm3 = mem[0],zero
	pshufd	xmm3, xmm3, 225                 # xmm3 = xmm3[1,0,2,3]
	pxor	xmm4, xmm4
	pcmpgtd	xmm4, xmm2
	punpckldq	xmm2, xmm4              # xmm2 = xmm2[0],xmm4[0],xmm2[1],xmm4[1]
	paddq	xmm2, xmm0
	pxor	xmm0, xmm0
	pcmpgtd	xmm0, xmm3
	punpckldq	xmm3, xmm0              # xmm3 = xmm3[0],xmm0[0],xmm3[1],xmm0[1]
	paddq	xmm3, xmm1
	mov	edx, esi
	movq	xmm0, qword ptr [rdi + 4*rdx - 4] # xmm0 = mem[0],zero
	pshufd	xmm0, xmm0, 225                 # xmm0 = xmm0[1,0,2,3]
	movq	xmm1, qword ptr [rdi + 4*rdx - 12] # xmm1 = mem[0],zero
	pshufd	xmm1, xmm1, 225                 # xmm1 = xmm1[1,0,2,3]
	pxor	xmm4, xmm4
	pcmpgtd	xmm4, xmm0
	punpckldq	xmm0, xmm4              # xmm0 = xmm0[0],xmm4[0],xmm0[1],xmm4[1]
	paddq	xmm0, xmm2
	pxor	xmm2, xmm2
	pcmpgtd	xmm2, xmm1
	punpckldq	xmm1, xmm2              # xmm1 = xmm1[0],xmm2[0],xmm1[1],xmm2[1]
	paddq	xmm1, xmm3
	add	r10, 8
	add	rsi, -8
	add	r11, -8
	add	rax, -2
	jne	.LBB13_9
# %bb.10:
	neg	r10
	test	r9b, 1
	je	.LBB13_13
.LBB13_12:
	add	r10d, ecx
	movq	xmm2, qword ptr [rdi + 4*r10 - 4] # xmm2 = mem[0],zero
	pshufd	xmm2, xmm2, 225                 # xmm2 = xmm2[1,0,2,3]
	movq	xmm3, qword ptr [rdi + 4*r10 - 12] # xmm3 = mem[0],zero
	pshufd	xmm3, xmm3, 225                 # xmm3 = xmm3[1,0,2,3]
	pxor	xmm4, xmm4
	pxor	xmm5, xmm5
	pcmpgtd	xmm5, xmm2
	punpckldq	xmm2, xmm5              # xmm2 = xmm2[0],xmm5[0],xmm2[1],xmm5[1]
	paddq	xmm0, xmm2
	pcmpgtd	xmm4, xmm3
	punpckldq	xmm3, xmm4              # xmm3 = xmm3[0],xmm4[0],xmm3[1],xmm4[1]
	paddq	xmm1, xmm3
.LBB13_13:
	paddq	xmm0, xmm1
	pshufd	xmm1, xmm0, 238                 # xmm1 = xmm0[2,3,2,3]
	paddq	xmm1, xmm0
	movq	rax, xmm1
	cmp	r8, rcx
	je	.LBB13_17
# %bb.14:
	and	ecx, 3
	jmp	.LBB13_15
.LBB13_7:
	pxor	xmm0, xmm0
	mov	r10, -1
	pxor	xmm1, xmm1
	test	r9b, 1
	jne	.LBB13_12
	jmp	.LBB13_13
.Lfunc_end13:
	.size	sum_array_rec, .Lfunc_end13-sum_array_rec
                                        # -- End function
	.globl	count_partitions                # -- Begin function count_partitions
	.p2align	4, 0x90
	.type	count_partitions,@function
count_partitions:                       # @count_partitions
# %bb.0:
	push	rbp
	push	r15
	push	r14
	push	rbx
	push	rax
	test	edi, edi
	je	.LBB14_1
# %bb.2:
	mov	ebx, edi
	xor	r14d, r14d
	test	edi, edi
	js	.LBB14_3
# %bb.4:
	mov	ebp, esi
	mov	r15d, 0
	test	esi, esi
	je	.LBB14_7
# %bb.5:
	sub	ebx, ebp
	xor	r15d, r15d
	xor	r14d, r14d
	.p2align	4, 0x90
.LBB14_6:                               # =>This Inner Loop Header: Depth=1
	mov	edi, ebx
	mov	esi, ebp
	call	count_partitions
	add	r14d, eax
	add	ebx, 1
	add	ebp, -1
	jne	.LBB14_6
	jmp	.LBB14_7
.LBB14_1:
	mov	r15d, 1
	xor	r14d, r14d
	jmp	.LBB14_7
.LBB14_3:
	xor	r15d, r15d
.LBB14_7:
	add	r14d, r15d
	mov	eax, r14d
	add	rsp, 8
	pop	rbx
	pop	r14
	pop	r15
	pop	rbp
	ret
.Lfunc_end14:
	.size	count_partitions, .Lfunc_end14-count_partitions
                                        # -- End function
	.globl	string_length_rec               # -- Begin function string_length_rec
	.p2align	4, 0x90
	.type	string_length_rec,@function
string_length_rec:                      # @string_length_rec
# %bb.0:
	cmp	byte ptr [rdi], 0
	je	.LBB15_1
# %bb.2:
	xor	eax, eax
	.p2align	4, 0x90
.LBB15_3:                               # =>This Inner Loop Header: Depth=1
	cmp	byte ptr [rdi + rax + 1], 0
	lea	rax, [rax + 1]
	jne	.LBB15_3
# %bb.4:
                                        # kill: def $eax killed $eax killed $rax
	ret
.LBB15_1:
	xor	eax, eax
                                        # kill: def $eax killed $eax killed $rax
	ret
.Lfunc_end15:
	.size	string_length_rec, .Lfunc_end15-string_length_rec
                                        # -- End function
	.globl	deep_sum                        # -- Begin function deep_sum
	.p2align	4, 0x90
	.type	deep_sum,@function
deep_sum:                               # @deep_sum
# %bb.0:
                                        # kill: def $edi killed $edi def $rdi
	test	edi, edi
	je	.LBB16_1
# %bb.2:
	lea	eax, [rdi - 1]
	lea	ecx, [rdi - 2]
	imul	rcx, rax
                                        # kill: def $eax killed $eax killed $rax
	imul	eax, eax
	shr	rcx
	add	eax, edi
	sub	eax, ecx
	ret
.LBB16_1:
	xor	eax, eax
	ret
.Lfunc_end16:
	.size	deep_sum, .Lfunc_end16-deep_sum
                                        # -- End function
	.globl	reverse_digits_rec              # -- Begin function reverse_digits_rec
	.p2align	4, 0x90
	.type	reverse_digits_rec,@function
reverse_digits_rec:                     # @reverse_digits_rec
# %bb.0:
	mov	eax, esi
	test	edi, edi
	je	.LBB17_3
# %bb.1:
	mov	r8d, 3435973837
	.p2align	4, 0x90
.LBB17_2:                               # =>This Inner Loop Header: Depth=1
	mov	edx, edi
	imul	rdx, r8
	shr	rdx, 35
	lea	eax, [rax + 4*rax]
	lea	esi, [rdx + rdx]
	lea	esi, [rsi + 4*rsi]
	mov	ecx, edi
	sub	ecx, esi
	lea	eax, [rcx + 2*rax]
	cmp	edi, 9
	mov	edi, edx
	ja	.LBB17_2
.LBB17_3:
                                        # kill: def $eax killed $eax killed $rax
	ret
.Lfunc_end17:
	.size	reverse_digits_rec, .Lfunc_end17-reverse_digits_rec
                                        # -- End function
	.ident	"Debian clang version 14.0.6"
	.section	".note.GNU-stack","",@progbits
