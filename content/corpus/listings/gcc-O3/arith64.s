	.file	"arith64.c"
	.intel_syntax noprefix
	.text
	.p2align 4
	.globl	isqrt64
	.type	isqrt64, @function
isqrt64:
	mov	rsi, rdi
	cmp	rdi, 1
	jbe	.L1
	lea	rcx, 1[rdi]
	shr	rcx
	cmp	rcx, rdi
	jnb	.L1
	.p2align 4,,10
	.p2align 3
.L3:
	mov	rax, rsi
	xor	edx, edx
	mov	rdi, rcx
	div	rcx
	add	rax, rcx
	shr	rax
	mov	rcx, rax
	cmp	rax, rdi
	jb	.L3
.L1:
	mov	rax, rdi
	ret
	.size	isqrt64, .-isqrt64
	.globl	__umodti3
	.p2align 4
	.globl	modpow
	.type	modpow, @function
modpow:
	push	r13
	push	r12
	xor	r12d, r12d
	push	rbp
	push	rbx
	sub	rsp, 8
	test	rdx, rdx
	je	.L8
	mov	r13, rdx
	mov	eax, 1
	xor	edx, edx
	mov	rbp, rsi
	div	r13
	mov	rax, rdi
	mov	r12, rdx
	xor	edx, edx
	div	r13
	mov	rbx, rdx
	test	rsi, rsi
	je	.L8
	.p2align 4,,10
	.p2align 3
.L11:
	test	bpl, 1
	je	.L10
	mov	rax, r12
	xor	ecx, ecx
	mul	rbx
	mov	rsi, rdx
	mov	rdi, rax
	mov	rdx, r13
	call	__umodti3@PLT
	mov	r12, rax
.L10:
	mov	rax, rbx
	xor	ecx, ecx
	mul	rbx
	mov	rsi, rdx
	mov	rdi, rax
	mov	rdx, r13
	call	__umodti3@PLT
	shr	rbp
	mov	rbx, rax
	jne	.L11
.L8:
	add	rsp, 8
	mov	rax, r12
	pop	rbx
	pop	rbp
	pop	r12
	pop	r13
	ret
	.size	modpow, .-modpow
	.p2align 4
	.globl	gcd64
	.type	gcd64, @function
gcd64:
	mov	rax, rdi
	mov	rdx, rsi
	test	rsi, rsi
	je	.L25
	.p2align 4,,10
	.p2align 3
.L24:
	mov	rcx, rdx
	xor	edx, edx
	div	rcx
	mov	rax, rcx
	test	rdx, rdx
	jne	.L24
	mov	rax, rcx
	ret
	.p2align 4,,10
	.p2align 3
.L25:
	mov	rcx, rdi
	mov	rax, rcx
	ret
	.size	gcd64, .-gcd64
	.p2align 4
	.globl	binary_gcd
	.type	binary_gcd, @function
binary_gcd:
	mov	rax, rsi
	test	rdi, rdi
	je	.L27
	mov	rax, rdi
	test	rsi, rsi
	je	.L27
	mov	r8, rdi
	xor	ecx, ecx
	or	r8, rsi
	rep bsf	rcx, rdi
	rep bsf	r8, r8
	shr	rax, cl
	.p2align 4,,10
	.p2align 3
.L30:
	xor	ecx, ecx
	rep bsf	rcx, rsi
	shr	rsi, cl
	cmp	rsi, rax
	jnb	.L29
	mov	rdx, rax
	mov	rax, rsi
	mov	rsi, rdx
.L29:
	sub	rsi, rax
	jne	.L30
	mov	ecx, r8d
	sal	rax, cl
.L27:
	ret
	.size	binary_gcd, .-binary_gcd
	.p2align 4
	.globl	lcm64
	.type	lcm64, @function
lcm64:
	test	rdi, rdi
	je	.L40
	test	rsi, rsi
	je	.L40
	mov	rdx, rsi
	mov	rcx, rdi
	.p2align 4,,10
	.p2align 3
.L39:
	mov	rax, rcx
	mov	rcx, rdx
	xor	edx, edx
	div	rcx
	test	rdx, rdx
	jne	.L39
	mov	rax, rdi
	xor	edx, edx
	div	rcx
	imul	rax, rsi
	ret
	.p2align 4,,10
	.p2align 3
.L40:
	xor	eax, eax
	ret
	.size	lcm64, .-lcm64
	.p2align 4
	.globl	saturating_add
	.type	saturating_add, @function
saturating_add:
	add	rdi, rsi
	mov	rax, -1
	cmovnc	rax, rdi
	ret
	.size	saturating_add, .-saturating_add
	.p2align 4
	.globl	saturating_sub_signed
	.type	saturating_sub_signed, @function
saturating_sub_signed:
	mov	rax, rdi
	sub	rax, rsi
	jo	.L60
	ret
.L60:
	movabs	rdx, -9223372036854775808
	test	rdi, rdi
	movabs	rax, 9223372036854775807
	cmovs	rax, rdx
	ret
	.size	saturating_sub_signed, .-saturating_sub_signed
	.p2align 4
	.globl	add_overflows
	.type	add_overflows, @function
add_overflows:
	xor	eax, eax
	add	edi, esi
	seto	al
	ret
	.size	add_overflows, .-add_overflows
	.p2align 4
	.globl	mul_overflows_u64
	.type	mul_overflows_u64, @function
mul_overflows_u64:
	mov	rax, rdi
	mul	rsi
	seto	al
	movzx	eax, al
	ret
	.size	mul_overflows_u64, .-mul_overflows_u64
	.p2align 4
	.globl	abs64
	.type	abs64, @function
abs64:
	mov	rax, rdi
	neg	rax
	cmovs	rax, rdi
	ret
	.size	abs64, .-abs64
	.p2align 4
	.globl	digit_count
	.type	digit_count, @function
digit_count:
	mov	rdx, rdi
	mov	esi, 1
	cmp	rdi, 9
	jbe	.L68
	movabs	rdi, -3689348814741910323
	.p2align 4,,10
	.p2align 3
.L70:
	mov	rax, rdx
	mov	rcx, rdx
	add	esi, 1
	mul	rdi
	shr	rdx, 3
	cmp	rcx, 99
	ja	.L70
.L68:
	mov	eax, esi
	ret
	.size	digit_count, .-digit_count
	.p2align 4
	.globl	reverse_digits
	.type	reverse_digits, @function
reverse_digits:
	xor	eax, eax
	test	rdi, rdi
	je	.L76
	movabs	r8, -3689348814741910323
	.p2align 4,,10
	.p2align 3
.L75:
	lea	rsi, [rax+rax*4]
	mov	rax, rdi
	mov	rcx, rdi
	mul	r8
	shr	rdx, 3
	lea	rax, [rdx+rdx*4]
	add	rax, rax
	sub	rcx, rax
	lea	rax, [rcx+rsi*2]
	mov	rcx, rdi
	mov	rdi, rdx
	cmp	rcx, 9
	ja	.L75
	ret
	.p2align 4,,10
	.p2align 3
.L76:
	ret
	.size	reverse_digits, .-reverse_digits
	.p2align 4
	.globl	is_prime
	.type	is_prime, @function
is_prime:
	xor	eax, eax
	cmp	edi, 1
	jbe	.L78
	test	dil, 1
	je	.L80
	cmp	edi, 8
	jbe	.L84
	imul	edx, edi, -1431655765
	cmp	edx, 1431655765
	jbe	.L78
	mov	ecx, 3
	jmp	.L81
	.p2align 4,,10
	.p2align 3
.L82:
	mov	eax, edi
	xor	edx, edx
	div	ecx
	test	edx, edx
	je	.L86
.L81:
	add	ecx, 2
	mov	eax, ecx
	imul	eax, ecx
	cmp	edi, eax
	jnb	.L82
.L84:
	mov	eax, 1
	ret
	.p2align 4,,10
	.p2align 3
.L86:
	xor	eax, eax
.L78:
	ret
	.p2align 4,,10
	.p2align 3
.L80:
	xor	eax, eax
	cmp	edi, 2
	sete	al
	ret
	.size	is_prime, .-is_prime
	.globl	__divti3
	.p2align 4
	.globl	mul_div
	.type	mul_div, @function
mul_div:
	mov	rcx, rdx
	test	rdx, rdx
	je	.L93
	mov	rax, rdi
	mov	r8, rcx
	sub	rsp, 8
	imul	rsi
	sar	r8, 63
	mov	rsi, rdx
	mov	rdi, rax
	mov	rdx, rcx
	mov	rcx, r8
	call	__divti3@PLT
	add	rsp, 8
	ret
	.p2align 4,,10
	.p2align 3
.L93:
	mov	rax, rdx
	ret
	.size	mul_div, .-mul_div
	.p2align 4
	.globl	average_u64
	.type	average_u64, @function
average_u64:
	mov	rax, rdi
	and	rdi, rsi
	xor	rax, rsi
	shr	rax
	add	rax, rdi
	ret
	.size	average_u64, .-average_u64
	.p2align 4
	.globl	floor_div
	.type	floor_div, @function
floor_div:
	xor	eax, eax
	test	rsi, rsi
	je	.L97
	movabs	rdx, -9223372036854775808
	cmp	rdi, rdx
	jne	.L102
	cmp	rsi, -1
	je	.L97
.L102:
	mov	rax, rdi
	cqo
	idiv	rsi
	test	rdx, rdx
	je	.L97
	lea	rdx, -1[rax]
	xor	rsi, rdi
	cmovs	rax, rdx
.L97:
	ret
	.size	floor_div, .-floor_div
	.p2align 4
	.globl	euclid_mod
	.type	euclid_mod, @function
euclid_mod:
	lea	rcx, 1[rsi]
	mov	rax, rdi
	xor	edx, edx
	cmp	rcx, 1
	jbe	.L110
	cqo
	idiv	rsi
	mov	rax, rsi
	neg	rax
	cmovs	rax, rsi
	add	rax, rdx
	test	rdx, rdx
	cmovs	rdx, rax
.L110:
	mov	rax, rdx
	ret
	.size	euclid_mod, .-euclid_mod
	.p2align 4
	.globl	umul_hi32
	.type	umul_hi32, @function
umul_hi32:
	mov	esi, esi
	mov	edi, edi
	imul	rdi, rsi
	shr	rdi, 32
	mov	rax, rdi
	ret
	.size	umul_hi32, .-umul_hi32
	.p2align 4
	.globl	smul_hi64
	.type	smul_hi64, @function
smul_hi64:
	mov	rax, rdi
	imul	rsi
	mov	rax, rdx
	ret
	.size	smul_hi64, .-smul_hi64
	.p2align 4
	.globl	u128_add_carry
	.type	u128_add_carry, @function
u128_add_carry:
	mov	r8, rdx
	mov	rax, rdi
	mov	rdx, rsi
	mov	rdi, rcx
	mov	rsi, r8
	add	rsi, rax
	adc	rdi, rdx
	mov	rax, rsi
	xor	rax, rdi
	ret
	.size	u128_add_carry, .-u128_add_carry
	.p2align 4
	.globl	compare_u64
	.type	compare_u64, @function
compare_u64:
	xor	eax, eax
	cmp	rsi, rdi
	setb	al
	cmp	rdi, rsi
	sbb	eax, 0
	ret
	.size	compare_u64, .-compare_u64
	.p2align 4
	.globl	compare_i64
	.type	compare_i64, @function
compare_i64:
	xor	eax, eax
	cmp	rdi, rsi
	setl	dl
	setg	al
	movzx	edx, dl
	sub	eax, edx
	ret
	.size	compare_i64, .-compare_i64
	.p2align 4
	.globl	clamp_u64
	.type	clamp_u64, @function
clamp_u64:
	cmp	rdi, rdx
	mov	rax, rsi
	cmovbe	rdx, rdi
	cmp	rdi, rsi
	cmovnb	rax, rdx
	ret
	.size	clamp_u64, .-clamp_u64
	.p2align 4
	.globl	sign_extend_24
	.type	sign_extend_24, @function
sign_extend_24:
	mov	eax, edi
	sal	eax, 8
	sar	eax, 8
	cdqe
	ret
	.size	sign_extend_24, .-sign_extend_24
	.p2align 4
	.globl	to_u32_saturate
	.type	to_u32_saturate, @function
to_u32_saturate:
	xor	eax, eax
	test	rdi, rdi
	js	.L121
	mov	eax, 4294967295
	cmp	rdi, rax
	mov	eax, -1
	cmovle	eax, edi
.L121:
	ret
	.size	to_u32_saturate, .-to_u32_saturate
	.p2align 4
	.globl	narrow_i8
	.type	narrow_i8, @function
narrow_i8:
	mov	eax, edi
	ret
	.size	narrow_i8, .-narrow_i8
	.p2align 4
	.globl	add_u16
	.type	add_u16, @function
add_u16:
	lea	eax, [rsi+rdi]
	ret
	.size	add_u16, .-add_u16
	.p2align 4
	.globl	mul_i16
	.type	mul_i16, @function
mul_i16:
	mov	eax, esi
	imul	eax, edi
	ret
	.size	mul_i16, .-mul_i16
	.p2align 4
	.globl	max_u8
	.type	max_u8, @function
max_u8:
	cmp	sil, dil
	mov	eax, edi
	cmovnb	eax, esi
	ret
	.size	max_u8, .-max_u8
	.p2align 4
	.globl	is_negative_long
	.type	is_negative_long, @function
is_negative_long:
	shr	rdi, 63
	mov	rax, rdi
	ret
	.size	is_negative_long, .-is_negative_long
	.ident	"GCC: (Debian 12.2.0-14+deb12u1) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
