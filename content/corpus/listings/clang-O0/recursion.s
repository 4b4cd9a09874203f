	.text
	.intel_syntax noprefix
	.file	"recursion.c"
	.globl	factorial                       # -- Begin function factorial
	.p2align	4, 0x90
	.type	factorial,@function
factorial:                              # @factorial
# %bb.0:
	push	rbp
	mov	rbp, rsp
	sub	rsp, 32
	mov	dword ptr [rbp - 4], edi
	cmp	dword ptr [rbp - 4], 1
	ja	.LBB0_2
# %bb.1:
	mov	eax, 1
	mov	qword ptr [rbp - 16], rax       # 8-byte Spill
	jmp	.LBB0_3
.LBB0_2:
	mov	eax, dword ptr [rbp - 4]
                                        # kill: def $rax killed $eax
	mov	qword ptr [rbp - 24], rax       # 8-byte Spill
	mov	edi, dword ptr [rbp - 4]
	sub	edi, 1
	call	factorial
	mov	rcx, rax
	mov	rax, qword ptr [rbp - 24]       # 8-byte Reload
	imul	rax, rcx
	mov	qword ptr [rbp - 16], rax       # 8-byte Spill
.LBB0_3:
	mov	rax, qword ptr [rbp - 16]       # 8-byte Reload
	add	rsp, 32
	pop	rbp
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
	mov	rbp, rsp
	sub	rsp, 16
	mov	dword ptr [rbp - 4], edi
	cmp	dword ptr [rbp - 4], 2
	jge	.LBB1_2
# %bb.1:
	mov	eax, dword ptr [rbp - 4]
	mov	dword ptr [rbp - 8], eax        # 4-byte Spill
	jmp	.LBB1_3
.LBB1_2:
	mov	edi, dword ptr [rbp - 4]
	sub	edi, 1
	call	fib
	mov	dword ptr [rbp - 12], eax       # 4-byte Spill
	mov	edi, dword ptr [rbp - 4]
	sub	edi, 2
	call	fib
	mov	ecx, eax
	mov	eax, dword ptr [rbp - 12]       # 4-byte Reload
	add	eax, ecx
	mov	dword ptr [rbp - 8], eax        # 4-byte Spill
.LBB1_3:
	mov	eax, dword ptr [rbp - 8]        # 4-byte Reload
	add	rsp, 16
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
	push	rbp
	mov	rbp, rsp
	sub	rsp, 32
	mov	dword ptr [rbp - 4], edi
	mov	dword ptr [rbp - 8], esi
	cmp	dword ptr [rbp - 8], 0
	jne	.LBB2_5
# %bb.1:
	cmp	dword ptr [rbp - 4], 0
	jge	.LBB2_3
# %bb.2:
	xor	eax, eax
	sub	eax, dword ptr [rbp - 4]
	mov	dword ptr [rbp - 12], eax       # 4-byte Spill
	jmp	.LBB2_4
.LBB2_3:
	mov	eax, dword ptr [rbp - 4]
	mov	dword ptr [rbp - 12], eax       # 4-byte Spill
.LBB2_4:
	mov	eax, dword ptr [rbp - 12]       # 4-byte Reload
	mov	dword ptr [rbp - 16], eax       # 4-byte Spill
	jmp	.LBB2_9
.LBB2_5:
	mov	eax, dword ptr [rbp - 8]
	mov	dword ptr [rbp - 20], eax       # 4-byte Spill
	mov	eax, dword ptr [rbp - 4]
	cdq
	idiv	dword ptr [rbp - 8]
	cmp	edx, 0
	jne	.LBB2_7
# %bb.6:
	xor	edx, edx
	mov	dword ptr [rbp - 24], edx       # 4-byte Spill
	jmp	.LBB2_8
.LBB2_7:
	mov	eax, dword ptr [rbp - 4]
	cdq
	idiv	dword ptr [rbp - 8]
	mov	dword ptr [rbp - 24], edx       # 4-byte Spill
.LBB2_8:
	mov	edi, dword ptr [rbp - 20]       # 4-byte Reload
	mov	esi, dword ptr [rbp - 24]       # 4-byte Reload
	call	gcd_recursive
	mov	dword ptr [rbp - 16], eax       # 4-byte Spill
.LBB2_9:
	mov	eax, dword ptr [rbp - 16]       # 4-byte Reload
	add	rsp, 32
	pop	rbp
	ret
.Lfunc_end2:
	.size	gcd_recursive, .Lfunc_end2-gcd_recursive
                                        # -- End function
	.globl	ackermann                       # -- Begin function ackermann
	.p2align	4, 0x90
	.type	ackermann,@function
ackermann:                              # @ackermann
# %bb.0:
	push	rbp
	mov	rbp, rsp
	sub	rsp, 32
	mov	dword ptr [rbp - 4], edi
	mov	dword ptr [rbp - 8], esi
	cmp	dword ptr [rbp - 4], 0
	jne	.LBB3_2
# %bb.1:
	mov	eax, dword ptr [rbp - 8]
	add	eax, 1
	mov	dword ptr [rbp - 12], eax       # 4-byte Spill
	jmp	.LBB3_6
.LBB3_2:
	cmp	dword ptr [rbp - 8], 0
	jne	.LBB3_4
# %bb.3:
	mov	edi, dword ptr [rbp - 4]
	sub	edi, 1
	mov	esi, 1
	call	ackermann
	mov	dword ptr [rbp - 16], eax       # 4-byte Spill
	jmp	.LBB3_5
.LBB3_4:
	mov	eax, dword ptr [rbp - 4]
	sub	eax, 1
	mov	dword ptr [rbp - 20], eax       # 4-byte Spill
	mov	edi, dword ptr [rbp - 4]
	mov	esi, dword ptr [rbp - 8]
	sub	esi, 1
	call	ackermann
	mov	edi, dword ptr [rbp - 20]       # 4-byte Reload
	mov	esi, eax
	call	ackermann
	mov	dword ptr [rbp - 16], eax       # 4-byte Spill
.LBB3_5:
	mov	eax, dword ptr [rbp - 16]       # 4-byte Reload
	mov	dword ptr [rbp - 12], eax       # 4-byte Spill
.LBB3_6:
	mov	eax, dword ptr [rbp - 12]       # 4-byte Reload
	add	rsp, 32
	pop	rbp
	ret
.Lfunc_end3:
	.size	ackermann, .Lfunc_end3-ackermann
                                        # -- End function
	.globl	power                           # -- Begin function power
	.p2align	4, 0x90
	.type	power,@function
power:                                  # @power
# %bb.0:
	push	rbp
	mov	rbp, rsp
	sub	rsp, 48
	mov	qword ptr [rbp - 16], rdi
	mov	dword ptr [rbp - 20], esi
	cmp	dword ptr [rbp - 20], 0
	jne	.LBB4_2
# %bb.1:
	mov	qword ptr [rbp - 8], 1
	jmp	.LBB4_6
.LBB4_2:
	mov	rdi, qword ptr [rbp - 16]
	mov	esi, dword ptr [rbp - 20]
	shr	esi, 1
	call	power
	mov	qword ptr [rbp - 32], rax
	mov	eax, dword ptr [rbp - 20]
	and	eax, 1
	cmp	eax, 0
	je	.LBB4_4
# %bb.3:
	mov	rax, qword ptr [rbp - 32]
	imul	rax, qword ptr [rbp - 32]
	imul	rax, qword ptr [rbp - 16]
	mov	qword ptr [rbp - 40], rax       # 8-byte Spill
	jmp	.LBB4_5
.LBB4_4:
	mov	rax, qword ptr [rbp - 32]
	imul	rax, qword ptr [rbp - 32]
	mov	qword ptr [rbp - 40], rax       # 8-byte Spill
.LBB4_5:
	mov	rax, qword ptr [rbp - 40]       # 8-byte Reload
	mov	qword ptr [rbp - 8], rax
.LBB4_6:
	mov	rax, qword ptr [rbp - 8]
	add	rsp, 48
	pop	rbp
	ret
.Lfunc_end4:
	.size	power, .Lfunc_end4-power
                                        # -- End function
	.globl	digit_sum                       # -- Begin function digit_sum
	.p2align	4, 0x90
	.type	digit_sum,@function
digit_sum:                              # @digit_sum
# %bb.0:
	push	rbp
	mov	rbp, rsp
	sub	rsp, 16
	mov	dword ptr [rbp - 4], edi
	cmp	dword ptr [rbp - 4], 10
	jae	.LBB5_2
# %bb.1:
	mov	eax, dword ptr [rbp - 4]
	mov	dword ptr [rbp - 8], eax        # 4-byte Spill
	jmp	.LBB5_3
.LBB5_2:
	mov	eax, dword ptr [rbp - 4]
	mov	ecx, 10
	xor	edx, edx
	div	ecx
	mov	dword ptr [rbp - 12], edx       # 4-byte Spill
	mov	eax, dword ptr [rbp - 4]
	mov	ecx, 10
	xor	edx, edx
	div	ecx
	mov	edi, eax
	call	digit_sum
	mov	ecx, eax
	mov	eax, dword ptr [rbp - 12]       # 4-byte Reload
	add	eax, ecx
	mov	dword ptr [rbp - 8], eax        # 4-byte Spill
.LBB5_3:
	mov	eax, dword ptr [rbp - 8]        # 4-byte Reload
	add	rsp, 16
	pop	rbp
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
	mov	rbp, rsp
	sub	rsp, 32
	mov	dword ptr [rbp - 12], edi
	mov	dword ptr [rbp - 16], esi
	cmp	dword ptr [rbp - 16], 0
	jl	.LBB6_2
# %bb.1:
	mov	eax, dword ptr [rbp - 16]
	cmp	eax, dword ptr [rbp - 12]
	jle	.LBB6_3
.LBB6_2:
	mov	qword ptr [rbp - 8], 0
	jmp	.LBB6_7
.LBB6_3:
	cmp	dword ptr [rbp - 16], 0
	je	.LBB6_5
# %bb.4:
	mov	eax, dword ptr [rbp - 16]
	cmp	eax, dword ptr [rbp - 12]
	jne	.LBB6_6
.LBB6_5:
	mov	qword ptr [rbp - 8], 1
	jmp	.LBB6_7
.LBB6_6:
	mov	edi, dword ptr [rbp - 12]
	sub	edi, 1
	mov	esi, dword ptr [rbp - 16]
	sub	esi, 1
	call	binomial
	mov	qword ptr [rbp - 24], rax       # 8-byte Spill
	mov	edi, dword ptr [rbp - 12]
	sub	edi, 1
	mov	esi, dword ptr [rbp - 16]
	call	binomial
	mov	rcx, rax
	mov	rax, qword ptr [rbp - 24]       # 8-byte Reload
	add	rax, rcx
	mov	qword ptr [rbp - 8], rax
.LBB6_7:
	mov	rax, qword ptr [rbp - 8]
	add	rsp, 32
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
	push	rbp
	mov	rbp, rsp
	sub	rsp, 16
	mov	dword ptr [rbp - 4], edi
	cmp	dword ptr [rbp - 4], 0
	jne	.LBB7_2
# %bb.1:
	xor	eax, eax
                                        # kill: def $rax killed $eax
	mov	qword ptr [rbp - 16], rax       # 8-byte Spill
	jmp	.LBB7_3
.LBB7_2:
	mov	edi, dword ptr [rbp - 4]
	sub	edi, 1
	call	hanoi_moves
	shl	rax, 1
	add	rax, 1
	mov	qword ptr [rbp - 16], rax       # 8-byte Spill
.LBB7_3:
	mov	rax, qword ptr [rbp - 16]       # 8-byte Reload
	add	rsp, 16
	pop	rbp
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
	mov	rbp, rsp
	sub	rsp, 32
	mov	dword ptr [rbp - 4], edi
	mov	dword ptr [rbp - 8], esi
	cmp	dword ptr [rbp - 4], 0
	je	.LBB8_2
# %bb.1:
	cmp	dword ptr [rbp - 8], 0
	jne	.LBB8_3
.LBB8_2:
	mov	eax, 1
	mov	qword ptr [rbp - 16], rax       # 8-byte Spill
	jmp	.LBB8_4
.LBB8_3:
	mov	edi, dword ptr [rbp - 4]
	sub	edi, 1
	mov	esi, dword ptr [rbp - 8]
	call	grid_paths
	mov	qword ptr [rbp - 24], rax       # 8-byte Spill
	mov	edi, dword ptr [rbp - 4]
	mov	esi, dword ptr [rbp - 8]
	sub	esi, 1
	call	grid_paths
	mov	rcx, rax
	mov	rax, qword ptr [rbp - 24]       # 8-byte Reload
	add	rax, rcx
	mov	qword ptr [rbp - 16], rax       # 8-byte Spill
.LBB8_4:
	mov	rax, qword ptr [rbp - 16]       # 8-byte Reload
	add	rsp, 32
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
	push	rbp
	mov	rbp, rsp
	sub	rsp, 16
	mov	qword ptr [rbp - 8], rdi
	mov	dword ptr [rbp - 12], esi
	mov	dword ptr [rbp - 16], edx
	mov	rdi, qword ptr [rbp - 8]
	mov	edx, dword ptr [rbp - 12]
	sub	edx, 1
	mov	ecx, dword ptr [rbp - 16]
	xor	esi, esi
	call	bs
	add	rsp, 16
	pop	rbp
	ret
.Lfunc_end9:
	.size	binary_search_rec, .Lfunc_end9-binary_search_rec
                                        # -- End function
	.p2align	4, 0x90                         # -- Begin function bs
	.type	bs,@function
bs:                                     # @bs
# %bb.0:
	push	rbp
	mov	rbp, rsp
	sub	rsp, 48
	mov	qword ptr [rbp - 16], rdi
	mov	dword ptr [rbp - 20], esi
	mov	dword ptr [rbp - 24], edx
	mov	dword ptr [rbp - 28], ecx
	mov	eax, dword ptr [rbp - 20]
	cmp	eax, dword ptr [rbp - 24]
	jle	.LBB10_2
# %bb.1:
	mov	dword ptr [rbp - 4], -1
	jmp	.LBB10_9
.LBB10_2:
	mov	eax, dword ptr [rbp - 20]
	mov	dword ptr [rbp - 36], eax       # 4-byte Spill
	mov	eax, dword ptr [rbp - 24]
	sub	eax, dword ptr [rbp - 20]
	mov	ecx, 2
	cdq
	idiv	ecx
	mov	ecx, eax
	mov	eax, dword ptr [rbp - 36]       # 4-byte Reload
	add	eax, ecx
	mov	dword ptr [rbp - 32], eax
	mov	rax, qword ptr [rbp - 16]
	movsxd	rcx, dword ptr [rbp - 32]
	mov	eax, dword ptr [rax + 4*rcx]
	cmp	eax, dword ptr [rbp - 28]
	jne	.LBB10_4
# %bb.3:
	mov	eax, dword ptr [rbp - 32]
	mov	dword ptr [rbp - 40], eax       # 4-byte Spill
	jmp	.LBB10_8
.LBB10_4:
	mov	rax, qword ptr [rbp - 16]
	movsxd	rcx, dword ptr [rbp - 32]
	mov	eax, dword ptr [rax + 4*rcx]
	cmp	eax, dword ptr [rbp - 28]
	jge	.LBB10_6
# %bb.5:
	mov	rdi, qword ptr [rbp - 16]
	mov	esi, dword ptr [rbp - 32]
	add	esi, 1
	mov	edx, dword ptr [rbp - 24]
	mov	ecx, dword ptr [rbp - 28]
	call	bs
	mov	dword ptr [rbp - 44], eax       # 4-byte Spill
	jmp	.LBB10_7
.LBB10_6:
	mov	rdi, qword ptr [rbp - 16]
	mov	esi, dword ptr [rbp - 20]
	mov	edx, dword ptr [rbp - 32]
	sub	edx, 1
	mov	ecx, dword ptr [rbp - 28]
	call	bs
	mov	dword ptr [rbp - 44], eax       # 4-byte Spill
.LBB10_7:
	mov	eax, dword ptr [rbp - 44]       # 4-byte Reload
	mov	dword ptr [rbp - 40], eax       # 4-byte Spill
.LBB10_8:
	mov	eax, dword ptr [rbp - 40]       # 4-byte Reload
	mov	dword ptr [rbp - 4], eax
.LBB10_9:
	mov	eax, dword ptr [rbp - 4]
	add	rsp, 48
	pop	rbp
	ret
.Lfunc_end10:
	.size	bs, .Lfunc_end10-bs
                                        # -- End function
	.globl	is_even                         # -- Begin function is_even
	.p2align	4, 0x90
	.type	is_even,@function
is_even:                                # @is_even
# %bb.0:
	push	rbp
	mov	rbp, rsp
	sub	rsp, 16
	mov	dword ptr [rbp - 4], edi
	cmp	dword ptr [rbp - 4], 0
	jne	.LBB11_2
# %bb.1:
	mov	eax, 1
	mov	dword ptr [rbp - 8], eax        # 4-byte Spill
	jmp	.LBB11_3
.LBB11_2:
	mov	edi, dword ptr [rbp - 4]
	sub	edi, 1
	call	is_odd
	mov	dword ptr [rbp - 8], eax        # 4-byte Spill
.LBB11_3:
	mov	eax, dword ptr [rbp - 8]        # 4-byte Reload
	add	rsp, 16
	pop	rbp
	ret
.Lfunc_end11:
	.size	is_even, .Lfunc_end11-is_even
                                        # -- End function
	.globl	is_odd                          # -- Begin function is_odd
	.p2align	4, 0x90
	.type	is_odd,@function
is_odd:                                 # @is_odd
# %bb.0:
	push	rbp
	mov	rbp, rsp
	sub	rsp, 16
	mov	dword ptr [rbp - 4], edi
	cmp	dword ptr [rbp - 4], 0
	jne	.LBB12_2
# %bb.1:
	xor	eax, eax
	mov	dword ptr [rbp - 8], eax        # 4-byte Spill
	jmp	.LBB12_3
.LBB12_2:
	mov	edi, dword ptr [rbp - 4]
	sub	edi, 1
	call	is_even
	mov	dword ptr [rbp - 8], eax        # 4-byte Spill
.LBB12_3:
	mov	eax, dword ptr [rbp - 8]        # 4-byte Reload
	add	rsp, 16
	pop	rbp
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
	mov	rbp, rsp
	sub	rsp, 32
	mov	dword ptr [rbp - 4], edi
	mov	dword ptr [rbp - 8], esi
	mov	dword ptr [rbp - 12], edx
	mov	eax, dword ptr [rbp - 8]
	cmp	eax, dword ptr [rbp - 4]
	jge	.LBB13_2
# %bb.1:
	mov	edi, dword ptr [rbp - 4]
	sub	edi, 1
	mov	esi, dword ptr [rbp - 8]
	mov	edx, dword ptr [rbp - 12]
	call	tak
	mov	dword ptr [rbp - 24], eax       # 4-byte Spill
	mov	edi, dword ptr [rbp - 8]
	sub	edi, 1
	mov	esi, dword ptr [rbp - 12]
	mov	edx, dword ptr [rbp - 4]
	call	tak
	mov	dword ptr [rbp - 20], eax       # 4-byte Spill
	mov	edi, dword ptr [rbp - 12]
	sub	edi, 1
	mov	esi, dword ptr [rbp - 4]
	mov	edx, dword ptr [rbp - 8]
	call	tak
	mov	edi, dword ptr [rbp - 24]       # 4-byte Reload
	mov	esi, dword ptr [rbp - 20]       # 4-byte Reload
	mov	edx, eax
	call	tak
	mov	dword ptr [rbp - 16], eax       # 4-byte Spill
	jmp	.LBB13_3
.LBB13_2:
	mov	eax, dword ptr [rbp - 12]
	mov	dword ptr [rbp - 16], eax       # 4-byte Spill
.LBB13_3:
	mov	eax, dword ptr [rbp - 16]       # 4-byte Reload
	add	rsp, 32
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
	push	rbp
	mov	rbp, rsp
	sub	rsp, 32
	mov	qword ptr [rbp - 8], rdi
	mov	dword ptr [rbp - 12], esi
	cmp	dword ptr [rbp - 12], 0
	jg	.LBB14_2
# %bb.1:
	xor	eax, eax
                                        # kill: def $rax killed $eax
	mov	qword ptr [rbp - 24], rax       # 8-byte Spill
	jmp	.LBB14_3
.LBB14_2:
	mov	rax, qword ptr [rbp - 8]
	mov	ecx, dword ptr [rbp - 12]
	sub	ecx, 1
	movsxd	rcx, ecx
	movsxd	rax, dword ptr [rax + 4*rcx]
	mov	qword ptr [rbp - 32], rax       # 8-byte Spill
	mov	rdi, qword ptr [rbp - 8]
	mov	esi, dword ptr [rbp - 12]
	sub	esi, 1
	call	sum_array_rec
	mov	rcx, rax
	mov	rax, qword ptr [rbp - 32]       # 8-byte Reload
	add	rax, rcx
	mov	qword ptr [rbp - 24], rax       # 8-byte Spill
.LBB14_3:
	mov	rax, qword ptr [rbp - 24]       # 8-byte Reload
	add	rsp, 32
	pop	rbp
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
	mov	rbp, rsp
	sub	rsp, 16
	mov	dword ptr [rbp - 8], edi
	mov	dword ptr [rbp - 12], esi
	cmp	dword ptr [rbp - 8], 0
	jne	.LBB15_2
# %bb.1:
	mov	dword ptr [rbp - 4], 1
	jmp	.LBB15_6
.LBB15_2:
	cmp	dword ptr [rbp - 8], 0
	jl	.LBB15_4
# %bb.3:
	cmp	dword ptr [rbp - 12], 0
	jne	.LBB15_5
.LBB15_4:
	mov	dword ptr [rbp - 4], 0
	jmp	.LBB15_6
.LBB15_5:
	mov	edi, dword ptr [rbp - 8]
	sub	edi, dword ptr [rbp - 12]
	mov	esi, dword ptr [rbp - 12]
	call	count_partitions
	mov	dword ptr [rbp - 16], eax       # 4-byte Spill
	mov	edi, dword ptr [rbp - 8]
	mov	esi, dword ptr [rbp - 12]
	sub	esi, 1
	call	count_partitions
	mov	ecx, eax
	mov	eax, dword ptr [rbp - 16]       # 4-byte Reload
	add	eax, ecx
	mov	dword ptr [rbp - 4], eax
.LBB15_6:
	mov	eax, dword ptr [rbp - 4]
	add	rsp, 16
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
	push	rbp
	mov	rbp, rsp
	sub	rsp, 16
	mov	qword ptr [rbp - 8], rdi
	mov	rax, qword ptr [rbp - 8]
	movsx	eax, byte ptr [rax]
	cmp	eax, 0
	je	.LBB16_2
# %bb.1:
	mov	rdi, qword ptr [rbp - 8]
	add	rdi, 1
	call	string_length_rec
	add	eax, 1
	mov	dword ptr [rbp - 12], eax       # 4-byte Spill
	jmp	.LBB16_3
.LBB16_2:
	xor	eax, eax
	mov	dword ptr [rbp - 12], eax       # 4-byte Spill
	jmp	.LBB16_3
.LBB16_3:
	mov	eax, dword ptr [rbp - 12]       # 4-byte Reload
	add	rsp, 16
	pop	rbp
	ret
.Lfunc_end16:
	.size	string_length_rec, .Lfunc_end16-string_length_rec
                                        # -- End function
	.globl	deep_sum                        # -- Begin function deep_sum
	.p2align	4, 0x90
	.type	deep_sum,@function
deep_sum:                               # @deep_sum
# %bb.0:
	push	rbp
	mov	rbp, rsp
	sub	rsp, 16
	mov	dword ptr [rbp - 4], edi
	cmp	dword ptr [rbp - 4], 0
	jne	.LBB17_2
# %bb.1:
	xor	eax, eax
	mov	dword ptr [rbp - 8], eax        # 4-byte Spill
	jmp	.LBB17_3
.LBB17_2:
	mov	eax, dword ptr [rbp - 4]
	mov	dword ptr [rbp - 12], eax       # 4-byte Spill
	mov	edi, dword ptr [rbp - 4]
	sub	edi, 1
	call	deep_sum
	mov	ecx, eax
	mov	eax, dword ptr [rbp - 12]       # 4-byte Reload
	add	eax, ecx
	mov	dword ptr [rbp - 8], eax        # 4-byte Spill
.LBB17_3:
	mov	eax, dword ptr [rbp - 8]        # 4-byte Reload
	add	rsp, 16
	pop	rbp
	ret
.Lfunc_end17:
	.size	deep_sum, .Lfunc_end17-deep_sum
                                        # -- End function
	.globl	reverse_digits_rec              # -- Begin function reverse_digits_rec
	.p2align	4, 0x90
	.type	reverse_digits_rec,@function
reverse_digits_rec:                     # @reverse_digits_rec
# %bb.0:
	push	rbp
	mov	rbp, rsp
	sub	rsp, 16
	mov	dword ptr [rbp - 4], edi
	mov	dword ptr [rbp - 8], esi
	cmp	dword ptr [rbp - 4], 0
	jne	.LBB18_2
# %bb.1:
	mov	eax, dword ptr [rbp - 8]
	mov	dword ptr [rbp - 12], eax       # 4-byte Spill
	jmp	.LBB18_3
.LBB18_2:
	mov	eax, dword ptr [rbp - 4]
	mov	ecx, 10
	xor	edx, edx
	div	ecx
	mov	edi, eax
	imul	esi, dword ptr [rbp - 8], 10
	mov	eax, dword ptr [rbp - 4]
	mov	ecx, 10
	xor	edx, edx
	div	ecx
	add	esi, edx
	call	reverse_digits_rec
	mov	dword ptr [rbp - 12], eax       # 4-byte Spill
.LBB18_3:
	mov	eax, dword ptr [rbp - 12]       # 4-byte Reload
	add	rsp, 16
	pop	rbp
	ret
.Lfunc_end18:
	.size	reverse_digits_rec, .Lfunc_end18-reverse_digits_rec
                                        # -- End function
	.ident	"Debian clang version 14.0.6"
	.section	".note.GNU-stack","",@progbits
