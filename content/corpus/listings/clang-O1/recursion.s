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
	jb	.LBB0_2
# %bb.1:
	push	rbx
	mov	ebx, edi
	add	edi, -1
	call	factorial
	imul	rax, rbx
	pop	rbx
.LBB0_2:
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
	cmp	edi, 2
	jl	.LBB1_2
# %bb.1:
	lea	edi, [rbx - 1]
	call	fib
	mov	ebp, eax
	add	ebx, -2
	mov	edi, ebx
	call	fib
	mov	ebx, eax
	add	ebx, ebp
.LBB1_2:
	mov	eax, ebx
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
	test	esi, esi
	je	.LBB2_1
# %bb.2:
	push	rax
	mov	eax, edi
	cdq
	idiv	esi
	mov	edi, esi
	mov	esi, edx
	call	gcd_recursive
	add	rsp, 8
	ret
.LBB2_1:
	mov	eax, edi
	neg	eax
	cmovs	eax, edi
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
                                        # kill: def $edi killed $edi def $rdi
	test	edi, edi
	je	.LBB3_1
# %bb.2:
	lea	ebx, [rdi - 1]
	test	eax, eax
	je	.LBB3_3
# %bb.4:
	add	eax, -1
                                        # kill: def $edi killed $edi killed $rdi
	mov	esi, eax
	call	ackermann
	mov	edi, ebx
	mov	esi, eax
	jmp	.LBB3_5
.LBB3_1:
	add	eax, 1
	pop	rbx
	ret
.LBB3_3:
	mov	edi, ebx
	mov	esi, 1
.LBB3_5:
	call	ackermann
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
# %bb.2:
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
	push	rbx
	mov	ebx, edi
	cmp	edi, 10
	jb	.LBB5_2
# %bb.1:
	mov	eax, ebx
	mov	edi, 3435973837
	imul	rdi, rax
	shr	rdi, 35
	lea	eax, [rdi + rdi]
	lea	eax, [rax + 4*rax]
	sub	ebx, eax
                                        # kill: def $edi killed $edi killed $rdi
	call	digit_sum
	add	ebx, eax
.LBB5_2:
	mov	eax, ebx
	pop	rbx
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
	push	r14
	push	rbx
	xor	eax, eax
	test	esi, esi
	js	.LBB6_5
# %bb.1:
	mov	ebx, esi
	mov	ebp, edi
	cmp	esi, edi
	jg	.LBB6_5
# %bb.2:
	mov	eax, 1
	test	ebx, ebx
	je	.LBB6_5
# %bb.3:
	cmp	ebx, ebp
	je	.LBB6_5
# %bb.4:
	add	ebp, -1
	lea	esi, [rbx - 1]
	mov	edi, ebp
	call	binomial
	mov	r14, rax
	mov	edi, ebp
	mov	esi, ebx
	call	binomial
	add	rax, r14
.LBB6_5:
	pop	rbx
	pop	r14
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
# %bb.2:
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
	push	r15
	push	r14
	push	rbx
	mov	eax, 1
	test	edi, edi
	je	.LBB8_3
# %bb.1:
	mov	ebx, esi
	test	esi, esi
	je	.LBB8_3
# %bb.2:
	mov	r14d, edi
	lea	edi, [r14 - 1]
	mov	esi, ebx
	call	grid_paths
	mov	r15, rax
	add	ebx, -1
	mov	edi, r14d
	mov	esi, ebx
	call	grid_paths
	add	rax, r15
.LBB8_3:
	pop	rbx
	pop	r14
	pop	r15
	ret
.Lfunc_end8:
	.size	grid_paths, .Lfunc_end8-grid_paths
                                        # -- End function
	.globl	binary_search_rec               # -- Begin function binary_search_rec
	.p2align	4, 0x90
	.type	binary_search_rec,@function
binary_search_rec:                      # @binary_search_rec
# %bb.0:
	push	rax
	mov	ecx, edx
                                        # kill: def $esi killed $esi def $rsi
	lea	edx, [rsi - 1]
	xor	esi, esi
	call	bs
	pop	rcx
	ret
.Lfunc_end9:
	.size	binary_search_rec, .Lfunc_end9-binary_search_rec
                                        # -- End function
	.p2align	4, 0x90                         # -- Begin function bs
	.type	bs,@function
bs:                                     # @bs
# %bb.0:
	push	rax
	mov	eax, -1
	mov	r8d, edx
	sub	r8d, esi
	jl	.LBB10_3
# %bb.1:
	mov	eax, r8d
	shr	eax, 31
	add	eax, r8d
	sar	eax
	add	eax, esi
	movsxd	r8, eax
	mov	r9d, dword ptr [rdi + 4*r8]
	cmp	r9d, ecx
	je	.LBB10_3
# %bb.2:
	lea	r8d, [rax - 1]
	add	eax, 1
	cmp	r9d, ecx
	cmovl	r8d, edx
	cmovl	esi, eax
	mov	edx, r8d
	call	bs
                                        # kill: def $eax killed $eax def $rax
.LBB10_3:
                                        # kill: def $eax killed $eax killed $rax
	pop	rcx
	ret
.Lfunc_end10:
	.size	bs, .Lfunc_end10-bs
                                        # -- End function
	.globl	is_even                         # -- Begin function is_even
	.p2align	4, 0x90
	.type	is_even,@function
is_even:                                # @is_even
# %bb.0:
	test	edi, edi
	je	.LBB11_1
# %bb.2:
	cmp	edi, 1
	jne	.LBB11_3
# %bb.4:
	xor	eax, eax
	ret
.LBB11_1:
	mov	eax, 1
	ret
.LBB11_3:
	push	rax
	add	edi, -2
	call	is_even
	add	rsp, 8
	ret
.Lfunc_end11:
	.size	is_even, .Lfunc_end11-is_even
                                        # -- End function
	.globl	is_odd                          # -- Begin function is_odd
	.p2align	4, 0x90
	.type	is_odd,@function
is_odd:                                 # @is_odd
# %bb.0:
	test	edi, edi
	je	.LBB12_1
# %bb.2:
	push	rax
	add	edi, -1
	call	is_even
	add	rsp, 8
	ret
.LBB12_1:
	xor	eax, eax
	ret
.Lfunc_end12:
	.size	is_odd, .Lfunc_end12-is_odd
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
	jge	.LBB13_2
# %bb.1:
	mov	r14d, esi
	mov	r15d, edi
	lea	edi, [r15 - 1]
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
	mov	edi, r12d
	mov	esi, ebp
	mov	edx, eax
	call	tak
	mov	ebx, eax
.LBB13_2:
	mov	eax, ebx
	pop	rbx
	pop	r12
	pop	r14
	pop	r15
	pop	rbp
	ret
.Lfunc_end13:
	.size	tak, .Lfunc_end13-tak
                                        # -- End function
	.globl	sum_array_rec                   # -- Begin function sum_array_rec
	.p2align	4, 0x90
	.type	sum_array_rec,@function
sum_array_rec:                          # @sum_array_rec
# %bb.0:
                                        # kill: def $esi killed $esi def $rsi
	test	esi, esi
	jle	.LBB14_1
# %bb.2:
	push	rbx
	add	esi, -1
	movsxd	rbx, dword ptr [rdi + 4*rsi]
                                        # kill: def $esi killed $esi killed $rsi
	call	sum_array_rec
	add	rax, rbx
	pop	rbx
	ret
.LBB14_1:
	xor	eax, eax
	ret
.Lfunc_end14:
	.size	sum_array_rec, .Lfunc_end14-sum_array_rec
                                        # -- End function
	.globl	count_partitions                # -- Begin function count_partitions
	.p2align	4, 0x90
	.type	count_partitions,@function
count_partitions:                       # @count_partitions
# %bb.0:
	push	rbp
	push	r14
	push	rbx
	test	edi, edi
	je	.LBB15_1
# %bb.2:
	mov	ebp, edi
	xor	eax, eax
	test	edi, edi
	js	.LBB15_5
# %bb.3:
	mov	ebx, esi
	test	esi, esi
	je	.LBB15_5
# %bb.4:
	mov	edi, ebp
	sub	edi, ebx
	mov	esi, ebx
	call	count_partitions
	mov	r14d, eax
	add	ebx, -1
	mov	edi, ebp
	mov	esi, ebx
	call	count_partitions
	add	eax, r14d
	jmp	.LBB15_5
.LBB15_1:
	mov	eax, 1
.LBB15_5:
	pop	rbx
	pop	r14
	pop	rbp
	ret
.Lfunc_end15:
	.size	count_partitions, .Lfunc_end15-count_partitions
                                        # -- End function
	.globl	string_length_rec               # -- Begin function string_length_rec
	.p2align	4, 0x90
	.type	string_length_rec,@function
string_length_rec:                      # @string_length_rec
# %bb.0:
	push	rax
	cmp	byte ptr [rdi], 0
	je	.LBB16_1
# %bb.2:
	add	rdi, 1
	call	string_length_rec
	add	eax, 1
	pop	rcx
	ret
.LBB16_1:
	xor	eax, eax
	pop	rcx
	ret
.Lfunc_end16:
	.size	string_length_rec, .Lfunc_end16-string_length_rec
                                        # -- End function
	.globl	deep_sum                        # -- Begin function deep_sum
	.p2align	4, 0x90
	.type	deep_sum,@function
deep_sum:                               # @deep_sum
# %bb.0:
	test	edi, edi
	je	.LBB17_1
# %bb.2:
	push	rbx
	mov	ebx, edi
	lea	edi, [rbx - 1]
	call	deep_sum
	add	eax, ebx
	pop	rbx
	ret
.LBB17_1:
	xor	eax, eax
	ret
.Lfunc_end17:
	.size	deep_sum, .Lfunc_end17-deep_sum
                                        # -- End function
	.globl	reverse_digits_rec              # -- Begin function reverse_digits_rec
	.p2align	4, 0x90
	.type	reverse_digits_rec,@function
reverse_digits_rec:                     # @reverse_digits_rec
# %bb.0:
	mov	eax, esi
                                        # kill: def $edi killed $edi def $rdi
	test	edi, edi
	je	.LBB18_2
# %bb.1:
	push	rax
	lea	ecx, [rax + 4*rax]
	mov	edx, edi
	mov	eax, 3435973837
	imul	rax, rdx
	shr	rax, 35
	lea	edx, [rax + rax]
	lea	edx, [rdx + 4*rdx]
	sub	edi, edx
	lea	esi, [rdi + 2*rcx]
	mov	edi, eax
	call	reverse_digits_rec
                                        # kill: def $eax killed $eax def $rax
	add	rsp, 8
.LBB18_2:
                                        # kill: def $eax killed $eax killed $rax
	ret
.Lfunc_end18:
	.size	reverse_digits_rec, .Lfunc_end18-reverse_digits_rec
                                        # -- End function
	.ident	"Debian clang version 14.0.6"
	.section	".note.GNU-stack","",@progbits
