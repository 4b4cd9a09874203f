	.text
	.intel_syntax noprefix
	.file	"arith64.c"
	.globl	isqrt64                         # -- Begin function isqrt64
	.p2align	4, 0x90
	.type	isqrt64,@function
isqrt64:                                # @isqrt64
# %bb.0:
	cmp	rdi, 2
	jb	.LBB0_5
# %bb.1:
	lea	rax, [rdi + 1]
	shr	rax
	cmp	rax, rdi
	jae	.LBB0_5
	.p2align	4, 0x90
.LBB0_2:                                # =>This Inner Loop Header: Depth=1
	mov	rcx, rax
	mov	rax, rdi
	xor	edx, edx
	div	rcx
	add	rax, rcx
	shr	rax
	cmp	rax, rcx
	jb	.LBB0_2
# %bb.3:
	mov	rax, rcx
	ret
.LBB0_5:
	mov	rax, rdi
	ret
.Lfunc_end0:
	.size	isqrt64, .Lfunc_end0-isqrt64
                                        # -- End function
	.globl	modpow                          # -- Begin function modpow
	.p2align	4, 0x90
	.type	modpow,@function
modpow:                                 # @modpow
# %bb.0:
	push	r15
	push	r14
	push	r12
	push	rbx
	push	rax
	test	rdx, rdx
	je	.LBB1_1
# %bb.2:
	mov	r14, rdx
	mov	r12, rsi
	xor	r15d, r15d
	cmp	rdx, 1
	setne	r15b
	test	rsi, rsi
	je	.LBB1_7
# %bb.3:
	mov	rax, rdi
	xor	edx, edx
	div	r14
	mov	rbx, rdx
	jmp	.LBB1_4
	.p2align	4, 0x90
.LBB1_6:                                #   in Loop: Header=BB1_4 Depth=1
	mov	rax, rbx
	mul	rbx
	mov	rdi, rax
	mov	rsi, rdx
	mov	rdx, r14
	xor	ecx, ecx
	call	__umodti3@PLT
	mov	rbx, rax
	mov	rax, r12
	shr	rax
	cmp	r12, 1
	mov	r12, rax
	jbe	.LBB1_7
.LBB1_4:                                # =>This Inner Loop Header: Depth=1
	test	r12b, 1
	je	.LBB1_6
# %bb.5:                                #   in Loop: Header=BB1_4 Depth=1
	mov	rax, r15
	mul	rbx
	mov	rdi, rax
	mov	rsi, rdx
	mov	rdx, r14
	xor	ecx, ecx
	call	__umodti3@PLT
	mov	r15, rax
	jmp	.LBB1_6
.LBB1_1:
	xor	r15d, r15d
.LBB1_7:
	mov	rax, r15
	add	rsp, 8
	pop	rbx
	pop	r12
	pop	r14
	pop	r15
	ret
.Lfunc_end1:
	.size	modpow, .Lfunc_end1-modpow
                                        # -- End function
	.globl	gcd64                           # -- Begin function gcd64
	.p2align	4, 0x90
	.type	gcd64,@function
gcd64:                                  # @gcd64
# %bb.0:
	mov	rax, rdi
	test	rsi, rsi
	je	.LBB2_4
# %bb.1:
	mov	rdx, rsi
	.p2align	4, 0x90
.LBB2_2:                                # =>This Inner Loop Header: Depth=1
	mov	rcx, rdx
	xor	edx, edx
	div	rcx
	mov	rax, rcx
	test	rdx, rdx
	jne	.LBB2_2
# %bb.3:
	mov	rax, rcx
.LBB2_4:
	ret
.Lfunc_end2:
	.size	gcd64, .Lfunc_end2-gcd64
                                        # -- End function
	.globl	binary_gcd                      # -- Begin function binary_gcd
	.p2align	4, 0x90
	.type	binary_gcd,@function
binary_gcd:                             # @binary_gcd
# %bb.0:
	mov	rax, rsi
	test	rdi, rdi
	je	.LBB3_6
# %bb.1:
	test	rax, rax
	je	.LBB3_5
# %bb.2:
	mov	rdx, rax
	or	rdx, rdi
	bsf	rcx, rdi
                                        # kill: def $cl killed $cl killed $rcx
	shr	rdi, cl
	.p2align	4, 0x90
.LBB3_3:                                # =>This Inner Loop Header: Depth=1
	mov	rsi, rdi
	bsf	rcx, rax
                                        # kill: def $cl killed $cl killed $rcx
	shr	rax, cl
	cmp	rdi, rax
	mov	rdi, rax
	cmova	rax, rsi
	cmovbe	rdi, rsi
	sub	rax, rdi
	jne	.LBB3_3
# %bb.4:
	bsf	rcx, rdx
                                        # kill: def $cl killed $cl killed $rcx
	shl	rdi, cl
.LBB3_5:
	mov	rax, rdi
.LBB3_6:
	ret
.Lfunc_end3:
	.size	binary_gcd, .Lfunc_end3-binary_gcd
                                        # -- End function
	.globl	lcm64                           # -- Begin function lcm64
	.p2align	4, 0x90
	.type	lcm64,@function
lcm64:                                  # @lcm64
# %bb.0:
	xor	eax, eax
	test	rdi, rdi
	je	.LBB4_5
# %bb.1:
	test	rsi, rsi
	je	.LBB4_5
# %bb.2:
	mov	rax, rdi
	mov	rdx, rsi
	.p2align	4, 0x90
.LBB4_3:                                # =>This Inner Loop Header: Depth=1
	mov	rcx, rdx
	xor	edx, edx
	div	rcx
	mov	rax, rcx
	test	rdx, rdx
	jne	.LBB4_3
# %bb.4:
	mov	rax, rdi
	xor	edx, edx
	div	rcx
	imul	rax, rsi
.LBB4_5:
	ret
.Lfunc_end4:
	.size	lcm64, .Lfunc_end4-lcm64
                                        # -- End function
	.globl	saturating_add                  # -- Begin function saturating_add
	.p2align	4, 0x90
	.type	saturating_add,@function
saturating_add:                         # @saturating_add
# %bb.0:
	add	rdi, rsi
	mov	rax, -1
	cmovae	rax, rdi
	ret
.Lfunc_end5:
	.size	saturating_add, .Lfunc_end5-saturating_add
                                        # -- End function
	.globl	saturating_sub_signed           # -- Begin function saturating_sub_signed
	.p2align	4, 0x90
	.type	saturating_sub_signed,@function
saturating_sub_signed:                  # @saturating_sub_signed
# %bb.0:
	xor	ecx, ecx
	cmp	rdi, rsi
	setns	cl
	movabs	rax, 9223372036854775807
	add	rax, rcx
	sub	rdi, rsi
	cmovno	rax, rdi
	ret
.Lfunc_end6:
	.size	saturating_sub_signed, .Lfunc_end6-saturating_sub_signed
                                        # -- End function
	.globl	add_overflows                   # -- Begin function add_overflows
	.p2align	4, 0x90
	.type	add_overflows,@function
add_overflows:                          # @add_overflows
# %bb.0:
	xor	eax, eax
	add	edi, esi
	seto	al
	ret
.Lfunc_end7:
	.size	add_overflows, .Lfunc_end7-add_overflows
                                        # -- End function
	.globl	mul_overflows_u64               # -- Begin function mul_overflows_u64
	.p2align	4, 0x90
	.type	mul_overflows_u64,@function
mul_overflows_u64:                      # @mul_overflows_u64
# %bb.0:
	mov	rax, rdi
	xor	ecx, ecx
	mul	rsi
	seto	cl
	mov	eax, ecx
	ret
.Lfunc_end8:
	.size	mul_overflows_u64, .Lfunc_end8-mul_overflows_u64
                                        # -- End function
	.globl	abs64                           # -- Begin function abs64
	.p2align	4, 0x90
	.type	abs64,@function
abs64:                                  # @abs64
# %bb.0:
	mov	rax, rdi
	neg	rax
	cmovs	rax, rdi
	ret
.Lfunc_end9:
	.size	abs64, .Lfunc_end9-abs64
                                        # -- End function
	.globl	digit_count                     # -- Begin function digit_count
	.p2align	4, 0x90
	.type	digit_count,@function
digit_count:                            # @digit_count
# %bb.0:
	mov	ecx, 1
	cmp	rdi, 10
	jb	.LBB10_3
# %bb.1:
	mov	ecx, 1
	movabs	rsi, -3689348814741910323
	.p2align	4, 0x90
.LBB10_2:                               # =>This Inner Loop Header: Depth=1
	mov	rax, rdi
	mul	rsi
	shr	rdx, 3
	add	ecx, 1
	cmp	rdi, 99
	mov	rdi, rdx
	ja	.LBB10_2
.LBB10_3:
	mov	eax, ecx
	ret
.Lfunc_end10:
	.size	digit_count, .Lfunc_end10-digit_count
                                        # -- End function
	.globl	reverse_digits                  # -- Begin function reverse_digits
	.p2align	4, 0x90
	.type	reverse_digits,@function
reverse_digits:                         # @reverse_digits
# %bb.0:
	test	rdi, rdi
	je	.LBB11_1
# %bb.2:
	mov	rcx, rdi
	xor	eax, eax
	movabs	r8, -3689348814741910323
	.p2align	4, 0x90
.LBB11_3:                               # =>This Inner Loop Header: Depth=1
	lea	rsi, [rax + 4*rax]
	mov	rax, rcx
	mul	r8
	shr	rdx, 3
	lea	rax, [rdx + rdx]
	lea	rax, [rax + 4*rax]
	mov	rdi, rcx
	sub	rdi, rax
	lea	rax, [rdi + 2*rsi]
	cmp	rcx, 9
	mov	rcx, rdx
	ja	.LBB11_3
# %bb.4:
	ret
.LBB11_1:
	xor	eax, eax
	ret
.Lfunc_end11:
	.size	reverse_digits, .Lfunc_end11-reverse_digits
                                        # -- End function
	.globl	is_prime                        # -- Begin function is_prime
	.p2align	4, 0x90
	.type	is_prime,@function
is_prime:                               # @is_prime
# %bb.0:
	cmp	edi, 2
	jae	.LBB12_2
# %bb.1:
	xor	ecx, ecx
	movzx	eax, cl
	ret
.LBB12_2:
	test	dil, 1
	jne	.LBB12_3
# %bb.9:
	cmp	edi, 2
	sete	cl
	movzx	eax, cl
	ret
.LBB12_3:
	cmp	edi, 9
	setb	cl
	jb	.LBB12_8
# %bb.4:
	mov	eax, edi
	mov	edx, 2863311531
	imul	rdx, rax
	shr	rdx, 33
	lea	eax, [rdx + 2*rdx]
	mov	edx, edi
	sub	edx, eax
	je	.LBB12_8
# %bb.5:
	mov	esi, 5
	.p2align	4, 0x90
.LBB12_6:                               # =>This Inner Loop Header: Depth=1
	mov	eax, esi
	imul	eax, esi
	cmp	eax, edi
	seta	cl
	ja	.LBB12_8
# %bb.7:                                #   in Loop: Header=BB12_6 Depth=1
	mov	eax, edi
	xor	edx, edx
	div	esi
	add	esi, 2
	test	edx, edx
	jne	.LBB12_6
.LBB12_8:
	movzx	eax, cl
	ret
.Lfunc_end12:
	.size	is_prime, .Lfunc_end12-is_prime
                                        # -- End function
	.globl	mul_div                         # -- Begin function mul_div
	.p2align	4, 0x90
	.type	mul_div,@function
mul_div:                                # @mul_div
# %bb.0:
	test	rdx, rdx
	je	.LBB13_1
# %bb.2:
	push	rax
	mov	r8, rdx
	mov	rax, rsi
	imul	rdi
	mov	rcx, r8
	sar	rcx, 63
	mov	rdi, rax
	mov	rsi, rdx
	mov	rdx, r8
	call	__divti3@PLT
	add	rsp, 8
	ret
.LBB13_1:
	xor	eax, eax
	ret
.Lfunc_end13:
	.size	mul_div, .Lfunc_end13-mul_div
                                        # -- End function
	.globl	average_u64                     # -- Begin function average_u64
	.p2align	4, 0x90
	.type	average_u64,@function
average_u64:                            # @average_u64
# %bb.0:
	mov	rax, rsi
	and	rax, rdi
	xor	rsi, rdi
	shr	rsi
	add	rax, rsi
	ret
.Lfunc_end14:
	.size	average_u64, .Lfunc_end14-average_u64
                                        # -- End function
	.globl	floor_div                       # -- Begin function floor_div
	.p2align	4, 0x90
	.type	floor_div,@function
floor_div:                              # @floor_div
# %bb.0:
	test	rsi, rsi
	je	.LBB15_4
# %bb.1:
	movabs	rax, -9223372036854775808
	cmp	rdi, rax
	jne	.LBB15_5
# %bb.2:
	cmp	rsi, -1
	jne	.LBB15_5
.LBB15_4:
	xor	eax, eax
	ret
.LBB15_5:
	mov	rax, rdi
	cqo
	idiv	rsi
	test	rdx, rdx
	je	.LBB15_7
# %bb.6:
	shr	rdi, 63
	shr	rsi, 63
	xor	ecx, ecx
	cmp	edi, esi
	setne	cl
	sub	rax, rcx
.LBB15_7:
	ret
.Lfunc_end15:
	.size	floor_div, .Lfunc_end15-floor_div
                                        # -- End function
	.globl	euclid_mod                      # -- Begin function euclid_mod
	.p2align	4, 0x90
	.type	euclid_mod,@function
euclid_mod:                             # @euclid_mod
# %bb.0:
	lea	rax, [rsi + 1]
	cmp	rax, 2
	jae	.LBB16_2
# %bb.1:
	xor	eax, eax
	ret
.LBB16_2:
	mov	rax, rdi
	cqo
	idiv	rsi
	mov	rcx, rsi
	neg	rcx
	cmovs	rcx, rsi
	mov	rax, rdx
	sar	rax, 63
	and	rax, rcx
	add	rax, rdx
	ret
.Lfunc_end16:
	.size	euclid_mod, .Lfunc_end16-euclid_mod
                                        # -- End function
	.globl	umul_hi32                       # -- Begin function umul_hi32
	.p2align	4, 0x90
	.type	umul_hi32,@function
umul_hi32:                              # @umul_hi32
# %bb.0:
	mov	ecx, edi
	mov	eax, esi
	imul	rax, rcx
	shr	rax, 32
                                        # kill: def $eax killed $eax killed $rax
	ret
.Lfunc_end17:
	.size	umul_hi32, .Lfunc_end17-umul_hi32
                                        # -- End function
	.globl	smul_hi64                       # -- Begin function smul_hi64
	.p2align	4, 0x90
	.type	smul_hi64,@function
smul_hi64:                              # @smul_hi64
# %bb.0:
	mov	rax, rsi
	imul	rdi
	mov	rax, rdx
	ret
.Lfunc_end18:
	.size	smul_hi64, .Lfunc_end18-smul_hi64
                                        # -- End function
	.globl	u128_add_carry                  # -- Begin function u128_add_carry
	.p2align	4, 0x90
	.type	u128_add_carry,@function
u128_add_carry:                         # @u128_add_carry
# %bb.0:
	mov	rax, rsi
	add	rdi, rdx
	adc	rax, rcx
	xor	rax, rdi
	ret
.Lfunc_end19:
	.size	u128_add_carry, .Lfunc_end19-u128_add_carry
                                        # -- End function
	.globl	compare_u64                     # -- Begin function compare_u64
	.p2align	4, 0x90
	.type	compare_u64,@function
compare_u64:                            # @compare_u64
# %bb.0:
	xor	eax, eax
	cmp	rdi, rsi
	seta	al
	sbb	eax, 0
	ret
.Lfunc_end20:
	.size	compare_u64, .Lfunc_end20-compare_u64
                                        # -- End function
	.globl	compare_i64                     # -- Begin function compare_i64
	.p2align	4, 0x90
	.type	compare_i64,@function
compare_i64:                            # @compare_i64
# %bb.0:
	xor	eax, eax
	xor	ecx, ecx
	cmp	rdi, rsi
	setg	al
	setl	cl
	sub	eax, ecx
	ret
.Lfunc_end21:
	.size	compare_i64, .Lfunc_end21-compare_i64
                                        # -- End function
	.globl	clamp_u64                       # -- Begin function clamp_u64
	.p2align	4, 0x90
	.type	clamp_u64,@function
clamp_u64:                              # @clamp_u64
# %bb.0:
	mov	rax, rdx
	cmp	rdi, rdx
	cmovbe	rax, rdi
	cmp	rdi, rsi
	cmovb	rax, rsi
	ret
.Lfunc_end22:
	.size	clamp_u64, .Lfunc_end22-clamp_u64
                                        # -- End function
	.globl	sign_extend_24                  # -- Begin function sign_extend_24
	.p2align	4, 0x90
	.type	sign_extend_24,@function
sign_extend_24:                         # @sign_extend_24
# %bb.0:
	shl	edi, 8
	sar	edi, 8
	movsxd	rax, edi
	ret
.Lfunc_end23:
	.size	sign_extend_24, .Lfunc_end23-sign_extend_24
                                        # -- End function
	.globl	to_u32_saturate                 # -- Begin function to_u32_saturate
	.p2align	4, 0x90
	.type	to_u32_saturate,@function
to_u32_saturate:                        # @to_u32_saturate
# %bb.0:
	mov	eax, 4294967295
	cmp	rdi, rax
	cmovl	rax, rdi
	xor	ecx, ecx
	test	rax, rax
	cmovle	eax, ecx
                                        # kill: def $eax killed $eax killed $rax
	ret
.Lfunc_end24:
	.size	to_u32_saturate, .Lfunc_end24-to_u32_saturate
                                        # -- End function
	.globl	narrow_i8                       # -- Begin function narrow_i8
	.p2align	4, 0x90
	.type	narrow_i8,@function
narrow_i8:                              # @narrow_i8
# %bb.0:
	mov	eax, edi
                                        # kill: def $al killed $al killed $eax
	ret
.Lfunc_end25:
	.size	narrow_i8, .Lfunc_end25-narrow_i8
                                        # -- End function
	.globl	add_u16                         # -- Begin function add_u16
	.p2align	4, 0x90
	.type	add_u16,@function
add_u16:                                # @add_u16
# %bb.0:
                                        # kill: def $esi killed $esi def $rsi
                                        # kill: def $edi killed $edi def $rdi
	lea	eax, [rdi + rsi]
                                        # kill: def $ax killed $ax killed $eax
	ret
.Lfunc_end26:
	.size	add_u16, .Lfunc_end26-add_u16
                                        # -- End function
	.globl	mul_i16                         # -- Begin function mul_i16
	.p2align	4, 0x90
	.type	mul_i16,@function
mul_i16:                                # @mul_i16
# %bb.0:
	mov	eax, edi
	imul	eax, esi
                                        # kill: def $ax killed $ax killed $eax
	ret
.Lfunc_end27:
	.size	mul_i16, .Lfunc_end27-mul_i16
                                        # -- End function
	.globl	max_u8                          # -- Begin function max_u8
	.p2align	4, 0x90
	.type	max_u8,@function
max_u8:                                 # @max_u8
# %bb.0:
	mov	eax, esi
	cmp	dil, al
	cmova	eax, edi
                                        # kill: def $al killed $al killed $eax
	ret
.Lfunc_end28:
	.size	max_u8, .Lfunc_end28-max_u8
                                        # -- End function
	.globl	is_negative_long                # -- Begin function is_negative_long
	.p2align	4, 0x90
	.type	is_negative_long,@function
is_negative_long:                       # @is_negative_long
# %bb.0:
	mov	rax, rdi
	shr	rax, 63
                                        # kill: def $al killed $al killed $rax
	ret
.Lfunc_end29:
	.size	is_negative_long, .Lfunc_end29-is_negative_long
                                        # -- End function
	.ident	"Debian clang version 14.0.6"
	.section	".note.GNU-stack","",@progbits
