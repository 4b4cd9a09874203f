	.text
	.intel_syntax noprefix
	.file	"arith64.c"
	.globl	isqrt64                         # -- Begin function isqrt64
	.p2align	4, 0x90
	.type	isqrt64,@function
isqrt64:                                # @isqrt64
# %bb.0:
	push	rbp
	mov	rbp, rsp
	mov	qword ptr [rbp - 16], rdi
	mov	rax, qword ptr [rbp - 16]
	mov	qword ptr [rbp - 24], rax
	mov	rax, qword ptr [rbp - 24]
	add	rax, 1
	shr	rax, 1
	mov	qword ptr [rbp - 32], rax
	cmp	qword ptr [rbp - 16], 2
	jae	.LBB0_2
# %bb.1:
	mov	rax, qword ptr [rbp - 16]
	mov	qword ptr [rbp - 8], rax
	jmp	.LBB0_6
.LBB0_2:
	jmp	.LBB0_3
.LBB0_3:                                # =>This Inner Loop Header: Depth=1
	mov	rax, qword ptr [rbp - 32]
	cmp	rax, qword ptr [rbp - 24]
	jae	.LBB0_5
# %bb.4:                                #   in Loop: Header=BB0_3 Depth=1
	mov	rax, qword ptr [rbp - 32]
	mov	qword ptr [rbp - 24], rax
	mov	rax, qword ptr [rbp - 24]
	mov	qword ptr [rbp - 40], rax       # 8-byte Spill
	mov	rax, qword ptr [rbp - 16]
	xor	ecx, ecx
	mov	edx, ecx
	div	qword ptr [rbp - 24]
	mov	rcx, rax
	mov	rax, qword ptr [rbp - 40]       # 8-byte Reload
	add	rax, rcx
	shr	rax, 1
	mov	qword ptr [rbp - 32], rax
	jmp	.LBB0_3
.LBB0_5:
	mov	rax, qword ptr [rbp - 24]
	mov	qword ptr [rbp - 8], rax
.LBB0_6:
	mov	rax, qword ptr [rbp - 8]
	pop	rbp
	ret
.Lfunc_end0:
	.size	isqrt64, .Lfunc_end0-isqrt64
                                        # -- End function
	.globl	modpow                          # -- Begin function modpow
	.p2align	4, 0x90
	.type	modpow,@function
modpow:                                 # @modpow
# %bb.0:
	push	rbp
	mov	rbp, rsp
	sub	rsp, 48
	mov	qword ptr [rbp - 16], rdi
	mov	qword ptr [rbp - 24], rsi
	mov	qword ptr [rbp - 32], rdx
	cmp	qword ptr [rbp - 32], 0
	jne	.LBB1_2
# %bb.1:
	mov	qword ptr [rbp - 8], 0
	jmp	.LBB1_8
.LBB1_2:
	mov	eax, 1
	xor	ecx, ecx
	mov	edx, ecx
	div	qword ptr [rbp - 32]
	mov	qword ptr [rbp - 40], rdx
	mov	rcx, qword ptr [rbp - 32]
	mov	rax, qword ptr [rbp - 16]
	xor	edx, edx
                                        # kill: def $rdx killed $edx
	div	rcx
	mov	qword ptr [rbp - 16], rdx
.LBB1_3:                                # =>This Inner Loop Header: Depth=1
	cmp	qword ptr [rbp - 24], 0
	je	.LBB1_7
# %bb.4:                                #   in Loop: Header=BB1_3 Depth=1
	mov	rax, qword ptr [rbp - 24]
	and	rax, 1
	cmp	rax, 0
	je	.LBB1_6
# %bb.5:                                #   in Loop: Header=BB1_3 Depth=1
	mov	rax, qword ptr [rbp - 40]
	mov	rcx, qword ptr [rbp - 16]
	mul	rcx
	mov	rdi, rax
	mov	rsi, rdx
	mov	rdx, qword ptr [rbp - 32]
	xor	eax, eax
	mov	ecx, eax
	call	__umodti3@PLT
	mov	qword ptr [rbp - 40], rax
.LBB1_6:                                #   in Loop: Header=BB1_3 Depth=1
	mov	rcx, qword ptr [rbp - 16]
	mov	rax, rcx
	mul	rcx
	mov	rdi, rax
	mov	rsi, rdx
	mov	rdx, qword ptr [rbp - 32]
	xor	eax, eax
	mov	ecx, eax
	call	__umodti3@PLT
	mov	qword ptr [rbp - 16], rax
	mov	rax, qword ptr [rbp - 24]
	shr	rax, 1
	mov	qword ptr [rbp - 24], rax
	jmp	.LBB1_3
.LBB1_7:
	mov	rax, qword ptr [rbp - 40]
	mov	qword ptr [rbp - 8], rax
.LBB1_8:
	mov	rax, qword ptr [rbp - 8]
	add	rsp, 48
	pop	rbp
	ret
.Lfunc_end1:
	.size	modpow, .Lfunc_end1-modpow
                                        # -- End function
	.globl	gcd64                           # -- Begin function gcd64
	.p2align	4, 0x90
	.type	gcd64,@function
gcd64:                                  # @gcd64
# %bb.0:
	push	rbp
	mov	rbp, rsp
	mov	qword ptr [rbp - 8], rdi
	mov	qword ptr [rbp - 16], rsi
.LBB2_1:                                # =>This Inner Loop Header: Depth=1
	cmp	qword ptr [rbp - 16], 0
	je	.LBB2_3
# %bb.2:                                #   in Loop: Header=BB2_1 Depth=1
	mov	rax, qword ptr [rbp - 8]
	xor	ecx, ecx
	mov	edx, ecx
	div	qword ptr [rbp - 16]
	mov	qword ptr [rbp - 24], rdx
	mov	rax, qword ptr [rbp - 16]
	mov	qword ptr [rbp - 8], rax
	mov	rax, qword ptr [rbp - 24]
	mov	qword ptr [rbp - 16], rax
	jmp	.LBB2_1
.LBB2_3:
	mov	rax, qword ptr [rbp - 8]
	pop	rbp
	ret
.Lfunc_end2:
	.size	gcd64, .Lfunc_end2-gcd64
                                        # -- End function
	.globl	binary_gcd                      # -- Begin function binary_gcd
	.p2align	4, 0x90
	.type	binary_gcd,@function
binary_gcd:                             # @binary_gcd
# %bb.0:
	push	rbp
	mov	rbp, rsp
	mov	qword ptr [rbp - 16], rdi
	mov	qword ptr [rbp - 24], rsi
	cmp	qword ptr [rbp - 16], 0
	jne	.LBB3_2
# %bb.1:
	mov	rax, qword ptr [rbp - 24]
	mov	qword ptr [rbp - 8], rax
	jmp	.LBB3_10
.LBB3_2:
	cmp	qword ptr [rbp - 24], 0
	jne	.LBB3_4
# %bb.3:
	mov	rax, qword ptr [rbp - 16]
	mov	qword ptr [rbp - 8], rax
	jmp	.LBB3_10
.LBB3_4:
	mov	rax, qword ptr [rbp - 16]
	or	rax, qword ptr [rbp - 24]
	bsf	rax, rax
                                        # kill: def $eax killed $eax killed $rax
	mov	dword ptr [rbp - 28], eax
	mov	rax, qword ptr [rbp - 16]
	bsf	rax, rax
	mov	ecx, eax
	mov	rax, qword ptr [rbp - 16]
	mov	ecx, ecx
                                        # kill: def $rcx killed $ecx
                                        # kill: def $cl killed $rcx
	shr	rax, cl
	mov	qword ptr [rbp - 16], rax
.LBB3_5:                                # =>This Inner Loop Header: Depth=1
	mov	rax, qword ptr [rbp - 24]
	bsf	rax, rax
	mov	ecx, eax
	mov	rax, qword ptr [rbp - 24]
	mov	ecx, ecx
                                        # kill: def $rcx killed $ecx
                                        # kill: def $cl killed $rcx
	shr	rax, cl
	mov	qword ptr [rbp - 24], rax
	mov	rax, qword ptr [rbp - 16]
	cmp	rax, qword ptr [rbp - 24]
	jbe	.LBB3_7
# %bb.6:                                #   in Loop: Header=BB3_5 Depth=1
	mov	rax, qword ptr [rbp - 16]
	mov	qword ptr [rbp - 40], rax
	mov	rax, qword ptr [rbp - 24]
	mov	qword ptr [rbp - 16], rax
	mov	rax, qword ptr [rbp - 40]
	mov	qword ptr [rbp - 24], rax
.LBB3_7:                                #   in Loop: Header=BB3_5 Depth=1
	mov	rcx, qword ptr [rbp - 16]
	mov	rax, qword ptr [rbp - 24]
	sub	rax, rcx
	mov	qword ptr [rbp - 24], rax
# %bb.8:                                #   in Loop: Header=BB3_5 Depth=1
	cmp	qword ptr [rbp - 24], 0
	jne	.LBB3_5
# %bb.9:
	mov	rax, qword ptr [rbp - 16]
	mov	ecx, dword ptr [rbp - 28]
                                        # kill: def $rcx killed $ecx
                                        # kill: def $cl killed $rcx
	shl	rax, cl
	mov	qword ptr [rbp - 8], rax
.LBB3_10:
	mov	rax, qword ptr [rbp - 8]
	pop	rbp
	ret
.Lfunc_end3:
	.size	binary_gcd, .Lfunc_end3-binary_gcd
                                        # -- End function
	.globl	lcm64                           # -- Begin function lcm64
	.p2align	4, 0x90
	.type	lcm64,@function
lcm64:                                  # @lcm64
# %bb.0:
	push	rbp
	mov	rbp, rsp
	sub	rsp, 32
	mov	qword ptr [rbp - 8], rdi
	mov	qword ptr [rbp - 16], rsi
	cmp	qword ptr [rbp - 8], 0
	je	.LBB4_3
# %bb.1:
	cmp	qword ptr [rbp - 16], 0
	je	.LBB4_3
# %bb.2:
	mov	rax, qword ptr [rbp - 8]
	mov	qword ptr [rbp - 32], rax       # 8-byte Spill
	mov	rdi, qword ptr [rbp - 8]
	mov	rsi, qword ptr [rbp - 16]
	call	gcd64
	mov	rcx, rax
	mov	rax, qword ptr [rbp - 32]       # 8-byte Reload
	xor	edx, edx
                                        # kill: def $rdx killed $edx
	div	rcx
	imul	rax, qword ptr [rbp - 16]
	mov	qword ptr [rbp - 24], rax       # 8-byte Spill
	jmp	.LBB4_4
.LBB4_3:
	xor	eax, eax
                                        # kill: def $rax killed $eax
	mov	qword ptr [rbp - 24], rax       # 8-byte Spill
	jmp	.LBB4_4
.LBB4_4:
	mov	rax, qword ptr [rbp - 24]       # 8-byte Reload
	add	rsp, 32
	pop	rbp
	ret
.Lfunc_end4:
	.size	lcm64, .Lfunc_end4-lcm64
                                        # -- End function
	.globl	saturating_add                  # -- Begin function saturating_add
	.p2align	4, 0x90
	.type	saturating_add,@function
saturating_add:                         # @saturating_add
# %bb.0:
	push	rbp
	mov	rbp, rsp
	mov	qword ptr [rbp - 8], rdi
	mov	qword ptr [rbp - 16], rsi
	mov	rax, qword ptr [rbp - 8]
	add	rax, qword ptr [rbp - 16]
	mov	qword ptr [rbp - 24], rax
	mov	rax, qword ptr [rbp - 24]
	cmp	rax, qword ptr [rbp - 8]
	jae	.LBB5_2
# %bb.1:
	mov	rax, -1
	mov	qword ptr [rbp - 32], rax       # 8-byte Spill
	jmp	.LBB5_3
.LBB5_2:
	mov	rax, qword ptr [rbp - 24]
	mov	qword ptr [rbp - 32], rax       # 8-byte Spill
.LBB5_3:
	mov	rax, qword ptr [rbp - 32]       # 8-byte Reload
	pop	rbp
	ret
.Lfunc_end5:
	.size	saturating_add, .Lfunc_end5-saturating_add
                                        # -- End function
	.globl	saturating_sub_signed           # -- Begin function saturating_sub_signed
	.p2align	4, 0x90
	.type	saturating_sub_signed,@function
saturating_sub_signed:                  # @saturating_sub_signed
# %bb.0:
	push	rbp
	mov	rbp, rsp
	mov	qword ptr [rbp - 16], rdi
	mov	qword ptr [rbp - 24], rsi
	mov	rcx, qword ptr [rbp - 16]
	sub	rcx, qword ptr [rbp - 24]
	seto	al
	mov	qword ptr [rbp - 32], rcx
	test	al, 1
	jne	.LBB6_1
	jmp	.LBB6_2
.LBB6_1:
	mov	rdx, qword ptr [rbp - 16]
	movabs	rax, 9223372036854775807
	movabs	rcx, -9223372036854775808
	cmp	rdx, 0
	cmovl	rax, rcx
	mov	qword ptr [rbp - 8], rax
	jmp	.LBB6_3
.LBB6_2:
	mov	rax, qword ptr [rbp - 32]
	mov	qword ptr [rbp - 8], rax
.LBB6_3:
	mov	rax, qword ptr [rbp - 8]
	pop	rbp
	ret
.Lfunc_end6:
	.size	saturating_sub_signed, .Lfunc_end6-saturating_sub_signed
                                        # -- End function
	.globl	add_overflows                   # -- Begin function add_overflows
	.p2align	4, 0x90
	.type	add_overflows,@function
add_overflows:                          # @add_overflows
# %bb.0:
	push	rbp
	mov	rbp, rsp
	mov	dword ptr [rbp - 4], edi
	mov	dword ptr [rbp - 8], esi
	mov	ecx, dword ptr [rbp - 4]
	add	ecx, dword ptr [rbp - 8]
	seto	al
	mov	dword ptr [rbp - 12], ecx
	and	al, 1
	movzx	eax, al
	pop	rbp
	ret
.Lfunc_end7:
	.size	add_overflows, .Lfunc_end7-add_overflows
                                        # -- End function
	.globl	mul_overflows_u64               # -- Begin function mul_overflows_u64
	.p2align	4, 0x90
	.type	mul_overflows_u64,@function
mul_overflows_u64:                      # @mul_overflows_u64
# %bb.0:
	push	rbp
	mov	rbp, rsp
	mov	qword ptr [rbp - 8], rdi
	mov	qword ptr [rbp - 16], rsi
	mov	rax, qword ptr [rbp - 8]
	mul	qword ptr [rbp - 16]
	mov	rcx, rax
	seto	al
	mov	qword ptr [rbp - 24], rcx
	and	al, 1
	movzx	eax, al
	pop	rbp
	ret
.Lfunc_end8:
	.size	mul_overflows_u64, .Lfunc_end8-mul_overflows_u64
                                        # -- End function
	.globl	abs64                           # -- Begin function abs64
	.p2align	4, 0x90
	.type	abs64,@function
abs64:                                  # @abs64
# %bb.0:
	push	rbp
	mov	rbp, rsp
	mov	qword ptr [rbp - 8], rdi
	cmp	qword ptr [rbp - 8], 0
	jge	.LBB9_2
# %bb.1:
	xor	eax, eax
                                        # kill: def $rax killed $eax
	sub	rax, qword ptr [rbp - 8]
	mov	qword ptr [rbp - 16], rax       # 8-byte Spill
	jmp	.LBB9_3
.LBB9_2:
	mov	rax, qword ptr [rbp - 8]
	mov	qword ptr [rbp - 16], rax       # 8-byte Spill
.LBB9_3:
	mov	rax, qword ptr [rbp - 16]       # 8-byte Reload
	pop	rbp
	ret
.Lfunc_end9:
	.size	abs64, .Lfunc_end9-abs64
                                        # -- End function
	.globl	digit_count                     # -- Begin function digit_count
	.p2align	4, 0x90
	.type	digit_count,@function
digit_count:                            # @digit_count
# %bb.0:
	push	rbp
	mov	rbp, rsp
	mov	qword ptr [rbp - 8], rdi
	mov	dword ptr [rbp - 12], 1
.LBB10_1:                               # =>This Inner Loop Header: Depth=1
	cmp	qword ptr [rbp - 8], 10
	jb	.LBB10_3
# %bb.2:                                #   in Loop: Header=BB10_1 Depth=1
	mov	rax, qword ptr [rbp - 8]
	mov	ecx, 10
	xor	edx, edx
                                        # kill: def $rdx killed $edx
	div	rcx
	mov	qword ptr [rbp - 8], rax
	mov	eax, dword ptr [rbp - 12]
	add	eax, 1
	mov	dword ptr [rbp - 12], eax
	jmp	.LBB10_1
.LBB10_3:
	mov	eax, dword ptr [rbp - 12]
	pop	rbp
	ret
.Lfunc_end10:
	.size	digit_count, .Lfunc_end10-digit_count
                                        # -- End function
	.globl	reverse_digits                  # -- Begin function reverse_digits
	.p2align	4, 0x90
	.type	reverse_digits,@function
reverse_digits:                         # @reverse_digits
# %bb.0:
	push	rbp
	mov	rbp, rsp
	mov	qword ptr [rbp - 8], rdi
	mov	qword ptr [rbp - 16], 0
.LBB11_1:                               # =>This Inner Loop Header: Depth=1
	cmp	qword ptr [rbp - 8], 0
	je	.LBB11_3
# %bb.2:                                #   in Loop: Header=BB11_1 Depth=1
	imul	rax, qword ptr [rbp - 16], 10
	mov	qword ptr [rbp - 24], rax       # 8-byte Spill
	mov	rax, qword ptr [rbp - 8]
	mov	ecx, 10
	xor	edx, edx
                                        # kill: def $rdx killed $edx
	div	rcx
	mov	rax, qword ptr [rbp - 24]       # 8-byte Reload
	add	rax, rdx
	mov	qword ptr [rbp - 16], rax
	mov	rax, qword ptr [rbp - 8]
	mov	ecx, 10
	xor	edx, edx
                                        # kill: def $rdx killed $edx
	div	rcx
	mov	qword ptr [rbp - 8], rax
	jmp	.LBB11_1
.LBB11_3:
	mov	rax, qword ptr [rbp - 16]
	pop	rbp
	ret
.Lfunc_end11:
	.size	reverse_digits, .Lfunc_end11-reverse_digits
                                        # -- End function
	.globl	is_prime                        # -- Begin function is_prime
	.p2align	4, 0x90
	.type	is_prime,@function
is_prime:                               # @is_prime
# %bb.0:
	push	rbp
	mov	rbp, rsp
	mov	dword ptr [rbp - 8], edi
	cmp	dword ptr [rbp - 8], 2
	jae	.LBB12_2
# %bb.1:
	mov	dword ptr [rbp - 4], 0
	jmp	.LBB12_11
.LBB12_2:
	mov	eax, dword ptr [rbp - 8]
	and	eax, 1
	cmp	eax, 0
	jne	.LBB12_4
# %bb.3:
	cmp	dword ptr [rbp - 8], 2
	sete	al
	and	al, 1
	movzx	eax, al
	mov	dword ptr [rbp - 4], eax
	jmp	.LBB12_11
.LBB12_4:
	mov	dword ptr [rbp - 12], 3
.LBB12_5:                               # =>This Inner Loop Header: Depth=1
	mov	eax, dword ptr [rbp - 12]
	imul	eax, dword ptr [rbp - 12]
	cmp	eax, dword ptr [rbp - 8]
	ja	.LBB12_10
# %bb.6:                                #   in Loop: Header=BB12_5 Depth=1
	mov	eax, dword ptr [rbp - 8]
	xor	edx, edx
	div	dword ptr [rbp - 12]
	cmp	edx, 0
	jne	.LBB12_8
# %bb.7:
	mov	dword ptr [rbp - 4], 0
	jmp	.LBB12_11
.LBB12_8:                               #   in Loop: Header=BB12_5 Depth=1
	jmp	.LBB12_9
.LBB12_9:                               #   in Loop: Header=BB12_5 Depth=1
	mov	eax, dword ptr [rbp - 12]
	add	eax, 2
	mov	dword ptr [rbp - 12], eax
	jmp	.LBB12_5
.LBB12_10:
	mov	dword ptr [rbp - 4], 1
.LBB12_11:
	mov	eax, dword ptr [rbp - 4]
	pop	rbp
	ret
.Lfunc_end12:
	.size	is_prime, .Lfunc_end12-is_prime
                                        # -- End function
	.globl	mul_div                         # -- Begin function mul_div
	.p2align	4, 0x90
	.type	mul_div,@function
mul_div:                                # @mul_div
# %bb.0:
	push	rbp
	mov	rbp, rsp
	sub	rsp, 32
	mov	qword ptr [rbp - 8], rdi
	mov	qword ptr [rbp - 16], rsi
	mov	qword ptr [rbp - 24], rdx
	cmp	qword ptr [rbp - 24], 0
	je	.LBB13_2
# %bb.1:
	mov	rax, qword ptr [rbp - 8]
	mov	rcx, qword ptr [rbp - 16]
	imul	rcx
	mov	rdi, rax
	mov	rsi, rdx
	mov	rdx, qword ptr [rbp - 24]
	mov	rcx, rdx
	sar	rcx, 63
	call	__divti3@PLT
	mov	qword ptr [rbp - 32], rax       # 8-byte Spill
	jmp	.LBB13_3
.LBB13_2:
	xor	eax, eax
                                        # kill: def $rax killed $eax
	mov	qword ptr [rbp - 32], rax       # 8-byte Spill
	jmp	.LBB13_3
.LBB13_3:
	mov	rax, qword ptr [rbp - 32]       # 8-byte Reload
	add	rsp, 32
	pop	rbp
	ret
.Lfunc_end13:
	.size	mul_div, .Lfunc_end13-mul_div
                                        # -- End function
	.globl	average_u64                     # -- Begin function average_u64
	.p2align	4, 0x90
	.type	average_u64,@function
average_u64:                            # @average_u64
# %bb.0:
	push	rbp
	mov	rbp, rsp
	mov	qword ptr [rbp - 8], rdi
	mov	qword ptr [rbp - 16], rsi
	mov	rax, qword ptr [rbp - 8]
	and	rax, qword ptr [rbp - 16]
	mov	rcx, qword ptr [rbp - 8]
	xor	rcx, qword ptr [rbp - 16]
	shr	rcx, 1
	add	rax, rcx
	pop	rbp
	ret
.Lfunc_end14:
	.size	average_u64, .Lfunc_end14-average_u64
                                        # -- End function
	.globl	floor_div                       # -- Begin function floor_div
	.p2align	4, 0x90
	.type	floor_div,@function
floor_div:                              # @floor_div
# %bb.0:
	push	rbp
	mov	rbp, rsp
	mov	qword ptr [rbp - 16], rdi
	mov	qword ptr [rbp - 24], rsi
	cmp	qword ptr [rbp - 24], 0
	je	.LBB15_3
# %bb.1:
	movabs	rax, -9223372036854775808
	cmp	qword ptr [rbp - 16], rax
	jne	.LBB15_4
# %bb.2:
	cmp	qword ptr [rbp - 24], -1
	jne	.LBB15_4
.LBB15_3:
	mov	qword ptr [rbp - 8], 0
	jmp	.LBB15_9
.LBB15_4:
	mov	rax, qword ptr [rbp - 16]
	cqo
	idiv	qword ptr [rbp - 24]
	mov	qword ptr [rbp - 32], rax
	mov	rax, qword ptr [rbp - 16]
	cqo
	idiv	qword ptr [rbp - 24]
	cmp	rdx, 0
	je	.LBB15_7
# %bb.5:
	cmp	qword ptr [rbp - 16], 0
	setl	al
	and	al, 1
	movzx	eax, al
	cmp	qword ptr [rbp - 24], 0
	setl	cl
	and	cl, 1
	movzx	ecx, cl
	cmp	eax, ecx
	je	.LBB15_7
# %bb.6:
	mov	rax, qword ptr [rbp - 32]
	sub	rax, 1
	mov	qword ptr [rbp - 40], rax       # 8-byte Spill
	jmp	.LBB15_8
.LBB15_7:
	mov	rax, qword ptr [rbp - 32]
	mov	qword ptr [rbp - 40], rax       # 8-byte Spill
.LBB15_8:
	mov	rax, qword ptr [rbp - 40]       # 8-byte Reload
	mov	qword ptr [rbp - 8], rax
.LBB15_9:
	mov	rax, qword ptr [rbp - 8]
	pop	rbp
	ret
.Lfunc_end15:
	.size	floor_div, .Lfunc_end15-floor_div
                                        # -- End function
	.globl	euclid_mod                      # -- Begin function euclid_mod
	.p2align	4, 0x90
	.type	euclid_mod,@function
euclid_mod:                             # @euclid_mod
# %bb.0:
	push	rbp
	mov	rbp, rsp
	mov	qword ptr [rbp - 16], rdi
	mov	qword ptr [rbp - 24], rsi
	cmp	qword ptr [rbp - 24], 0
	je	.LBB16_2
# %bb.1:
	cmp	qword ptr [rbp - 24], -1
	jne	.LBB16_3
.LBB16_2:
	mov	qword ptr [rbp - 8], 0
	jmp	.LBB16_10
.LBB16_3:
	mov	rax, qword ptr [rbp - 16]
	cqo
	idiv	qword ptr [rbp - 24]
	mov	qword ptr [rbp - 32], rdx
	cmp	qword ptr [rbp - 32], 0
	jge	.LBB16_8
# %bb.4:
	mov	rax, qword ptr [rbp - 32]
	mov	qword ptr [rbp - 40], rax       # 8-byte Spill
	cmp	qword ptr [rbp - 24], 0
	jge	.LBB16_6
# %bb.5:
	xor	eax, eax
                                        # kill: def $rax killed $eax
	sub	rax, qword ptr [rbp - 24]
	mov	qword ptr [rbp - 48], rax       # 8-byte Spill
	jmp	.LBB16_7
.LBB16_6:
	mov	rax, qword ptr [rbp - 24]
	mov	qword ptr [rbp - 48], rax       # 8-byte Spill
.LBB16_7:
	mov	rax, qword ptr [rbp - 40]       # 8-byte Reload
	mov	rcx, qword ptr [rbp - 48]       # 8-byte Reload
	add	rax, rcx
	mov	qword ptr [rbp - 56], rax       # 8-byte Spill
	jmp	.LBB16_9
.LBB16_8:
	mov	rax, qword ptr [rbp - 32]
	mov	qword ptr [rbp - 56], rax       # 8-byte Spill
.LBB16_9:
	mov	rax, qword ptr [rbp - 56]       # 8-byte Reload
	mov	qword ptr [rbp - 8], rax
.LBB16_10:
	mov	rax, qword ptr [rbp - 8]
	pop	rbp
	ret
.Lfunc_end16:
	.size	euclid_mod, .Lfunc_end16-euclid_mod
                                        # -- End function
	.globl	umul_hi32                       # -- Begin function umul_hi32
	.p2align	4, 0x90
	.type	umul_hi32,@function
umul_hi32:                              # @umul_hi32
# %bb.0:
	push	rbp
	mov	rbp, rsp
	mov	dword ptr [rbp - 4], edi
	mov	dword ptr [rbp - 8], esi
	mov	eax, dword ptr [rbp - 4]
                                        # kill: def $rax killed $eax
	mov	ecx, dword ptr [rbp - 8]
                                        # kill: def $rcx killed $ecx
	imul	rax, rcx
	shr	rax, 32
                                        # kill: def $eax killed $eax killed $rax
	pop	rbp
	ret
.Lfunc_end17:
	.size	umul_hi32, .Lfunc_end17-umul_hi32
                                        # -- End function
	.globl	smul_hi64                       # -- Begin function smul_hi64
	.p2align	4, 0x90
	.type	smul_hi64,@function
smul_hi64:                              # @smul_hi64
# %bb.0:
	push	rbp
	mov	rbp, rsp
	mov	qword ptr [rbp - 8], rdi
	mov	qword ptr [rbp - 16], rsi
	mov	rax, qword ptr [rbp - 8]
	mov	rcx, qword ptr [rbp - 16]
	imul	rcx
	mov	rax, rdx
	pop	rbp
	ret
.Lfunc_end18:
	.size	smul_hi64, .Lfunc_end18-smul_hi64
                                        # -- End function
	.globl	u128_add_carry                  # -- Begin function u128_add_carry
	.p2align	4, 0x90
	.type	u128_add_carry,@function
u128_add_carry:                         # @u128_add_carry
# %bb.0:
	push	rbp
	mov	rbp, rsp
	mov	qword ptr [rbp - 8], rdi
	mov	qword ptr [rbp - 16], rsi
	mov	qword ptr [rbp - 24], rdx
	mov	qword ptr [rbp - 32], rcx
	mov	rcx, qword ptr [rbp - 16]
	mov	rax, qword ptr [rbp - 8]
	mov	qword ptr [rbp - 40], rcx
	mov	qword ptr [rbp - 48], rax
	mov	rcx, qword ptr [rbp - 32]
	mov	rax, qword ptr [rbp - 24]
	mov	qword ptr [rbp - 56], rcx
	mov	qword ptr [rbp - 64], rax
	mov	rcx, qword ptr [rbp - 48]
	mov	rax, qword ptr [rbp - 40]
	mov	rsi, qword ptr [rbp - 64]
	mov	rdx, qword ptr [rbp - 56]
	add	rcx, rsi
	adc	rax, rdx
	mov	qword ptr [rbp - 80], rcx
	mov	qword ptr [rbp - 72], rax
	mov	rcx, qword ptr [rbp - 80]
	mov	rax, qword ptr [rbp - 72]
	xor	rax, rcx
	pop	rbp
	ret
.Lfunc_end19:
	.size	u128_add_carry, .Lfunc_end19-u128_add_carry
                                        # -- End function
	.globl	compare_u64                     # -- Begin function compare_u64
	.p2align	4, 0x90
	.type	compare_u64,@function
compare_u64:                            # @compare_u64
# %bb.0:
	push	rbp
	mov	rbp, rsp
	mov	qword ptr [rbp - 8], rdi
	mov	qword ptr [rbp - 16], rsi
	mov	rax, qword ptr [rbp - 8]
	cmp	rax, qword ptr [rbp - 16]
	seta	al
	and	al, 1
	movzx	eax, al
	mov	rcx, qword ptr [rbp - 8]
	cmp	rcx, qword ptr [rbp - 16]
	setb	cl
	and	cl, 1
	movzx	ecx, cl
	sub	eax, ecx
	pop	rbp
	ret
.Lfunc_end20:
	.size	compare_u64, .Lfunc_end20-compare_u64
                                        # -- End function
	.globl	compare_i64                     # -- Begin function compare_i64
	.p2align	4, 0x90
	.type	compare_i64,@function
compare_i64:                            # @compare_i64
# %bb.0:
	push	rbp
	mov	rbp, rsp
	mov	qword ptr [rbp - 8], rdi
	mov	qword ptr [rbp - 16], rsi
	mov	rax, qword ptr [rbp - 8]
	cmp	rax, qword ptr [rbp - 16]
	setg	al
	and	al, 1
	movzx	eax, al
	mov	rcx, qword ptr [rbp - 8]
	cmp	rcx, qword ptr [rbp - 16]
	setl	cl
	and	cl, 1
	movzx	ecx, cl
	sub	eax, ecx
	pop	rbp
	ret
.Lfunc_end21:
	.size	compare_i64, .Lfunc_end21-compare_i64
                                        # -- End function
	.globl	clamp_u64                       # -- Begin function clamp_u64
	.p2align	4, 0x90
	.type	clamp_u64,@function
clamp_u64:                              # @clamp_u64
# %bb.0:
	push	rbp
	mov	rbp, rsp
	mov	qword ptr [rbp - 8], rdi
	mov	qword ptr [rbp - 16], rsi
	mov	qword ptr [rbp - 24], rdx
	mov	rax, qword ptr [rbp - 8]
	cmp	rax, qword ptr [rbp - 16]
	jae	.LBB22_2
# %bb.1:
	mov	rax, qword ptr [rbp - 16]
	mov	qword ptr [rbp - 32], rax       # 8-byte Spill
	jmp	.LBB22_6
.LBB22_2:
	mov	rax, qword ptr [rbp - 8]
	cmp	rax, qword ptr [rbp - 24]
	jbe	.LBB22_4
# %bb.3:
	mov	rax, qword ptr [rbp - 24]
	mov	qword ptr [rbp - 40], rax       # 8-byte Spill
	jmp	.LBB22_5
.LBB22_4:
	mov	rax, qword ptr [rbp - 8]
	mov	qword ptr [rbp - 40], rax       # 8-byte Spill
.LBB22_5:
	mov	rax, qword ptr [rbp - 40]       # 8-byte Reload
	mov	qword ptr [rbp - 32], rax       # 8-byte Spill
.LBB22_6:
	mov	rax, qword ptr [rbp - 32]       # 8-byte Reload
	pop	rbp
	ret
.Lfunc_end22:
	.size	clamp_u64, .Lfunc_end22-clamp_u64
                                        # -- End function
	.globl	sign_extend_24                  # -- Begin function sign_extend_24
	.p2align	4, 0x90
	.type	sign_extend_24,@function
sign_extend_24:                         # @sign_extend_24
# %bb.0:
	push	rbp
	mov	rbp, rsp
	mov	dword ptr [rbp - 4], edi
	mov	eax, dword ptr [rbp - 4]
	shl	eax, 8
	sar	eax, 8
	cdqe
	pop	rbp
	ret
.Lfunc_end23:
	.size	sign_extend_24, .Lfunc_end23-sign_extend_24
                                        # -- End function
	.globl	to_u32_saturate                 # -- Begin function to_u32_saturate
	.p2align	4, 0x90
	.type	to_u32_saturate,@function
to_u32_saturate:                        # @to_u32_saturate
# %bb.0:
	push	rbp
	mov	rbp, rsp
	mov	qword ptr [rbp - 8], rdi
	cmp	qword ptr [rbp - 8], 0
	jge	.LBB24_2
# %bb.1:
	xor	eax, eax
	mov	dword ptr [rbp - 12], eax       # 4-byte Spill
	jmp	.LBB24_6
.LBB24_2:
	mov	eax, 4294967295
	cmp	qword ptr [rbp - 8], rax
	jle	.LBB24_4
# %bb.3:
	mov	eax, 4294967295
	mov	dword ptr [rbp - 16], eax       # 4-byte Spill
	jmp	.LBB24_5
.LBB24_4:
	mov	rax, qword ptr [rbp - 8]
                                        # kill: def $eax killed $eax killed $rax
	mov	dword ptr [rbp - 16], eax       # 4-byte Spill
.LBB24_5:
	mov	eax, dword ptr [rbp - 16]       # 4-byte Reload
	mov	dword ptr [rbp - 12], eax       # 4-byte Spill
.LBB24_6:
	mov	eax, dword ptr [rbp - 12]       # 4-byte Reload
	pop	rbp
	ret
.Lfunc_end24:
	.size	to_u32_saturate, .Lfunc_end24-to_u32_saturate
                                        # -- End function
	.globl	narrow_i8                       # -- Begin function narrow_i8
	.p2align	4, 0x90
	.type	narrow_i8,@function
narrow_i8:                              # @narrow_i8
# %bb.0:
	push	rbp
	mov	rbp, rsp
	mov	dword ptr [rbp - 4], edi
	mov	eax, dword ptr [rbp - 4]
                                        # kill: def $al killed $al killed $eax
	movsx	eax, al
	pop	rbp
	ret
.Lfunc_end25:
	.size	narrow_i8, .Lfunc_end25-narrow_i8
                                        # -- End function
	.globl	add_u16                         # -- Begin function add_u16
	.p2align	4, 0x90
	.type	add_u16,@function
add_u16:                                # @add_u16
# %bb.0:
	push	rbp
	mov	rbp, rsp
	mov	ax, si
	mov	cx, di
	mov	word ptr [rbp - 2], cx
	mov	word ptr [rbp - 4], ax
	movzx	eax, word ptr [rbp - 2]
	movzx	ecx, word ptr [rbp - 4]
	add	eax, ecx
                                        # kill: def $ax killed $ax killed $eax
	movzx	eax, ax
	pop	rbp
	ret
.Lfunc_end26:
	.size	add_u16, .Lfunc_end26-add_u16
                                        # -- End function
	.globl	mul_i16                         # -- Begin function mul_i16
	.p2align	4, 0x90
	.type	mul_i16,@function
mul_i16:                                # @mul_i16
# %bb.0:
	push	rbp
	mov	rbp, rsp
	mov	ax, si
	mov	cx, di
	mov	word ptr [rbp - 2], cx
	mov	word ptr [rbp - 4], ax
	movsx	eax, word ptr [rbp - 2]
	movsx	ecx, word ptr [rbp - 4]
	imul	eax, ecx
                                        # kill: def $ax killed $ax killed $eax
	cwde
	pop	rbp
	ret
.Lfunc_end27:
	.size	mul_i16, .Lfunc_end27-mul_i16
                                        # -- End function
	.globl	max_u8                          # -- Begin function max_u8
	.p2align	4, 0x90
	.type	max_u8,@function
max_u8:                                 # @max_u8
# %bb.0:
	push	rbp
	mov	rbp, rsp
	mov	al, sil
	mov	cl, dil
	mov	byte ptr [rbp - 1], cl
	mov	byte ptr [rbp - 2], al
	movzx	eax, byte ptr [rbp - 1]
	movzx	ecx, byte ptr [rbp - 2]
	cmp	eax, ecx
	jle	.LBB28_2
# %bb.1:
	movzx	eax, byte ptr [rbp - 1]
	mov	dword ptr [rbp - 8], eax        # 4-byte Spill
	jmp	.LBB28_3
.LBB28_2:
	movzx	eax, byte ptr [rbp - 2]
	mov	dword ptr [rbp - 8], eax        # 4-byte Spill
.LBB28_3:
	mov	eax, dword ptr [rbp - 8]        # 4-byte Reload
                                        # kill: def $al killed $al killed $eax
	movzx	eax, al
	pop	rbp
	ret
.Lfunc_end28:
	.size	max_u8, .Lfunc_end28-max_u8
                                        # -- End function
	.globl	is_negative_long                # -- Begin function is_negative_long
	.p2align	4, 0x90
	.type	is_negative_long,@function
is_negative_long:                       # @is_negative_long
# %bb.0:
	push	rbp
	mov	rbp, rsp
	mov	qword ptr [rbp - 8], rdi
	cmp	qword ptr [rbp - 8], 0
	setl	al
	and	al, 1
	movzx	eax, al
	pop	rbp
	ret
.Lfunc_end29:
	.size	is_negative_long, .Lfunc_end29-is_negative_long
                                        # -- End function
	.ident	"Debian clang version 14.0.6"
	.section	".note.GNU-stack","",@progbits
