	.file	"arith64.c"
	.intel_syntax noprefix
	.text
	.globl	isqrt64
	.type	isqrt64, @function
isqrt64:
	mov	rdx, rdi
	cmp	rdi, 1
	jbe	.L1
	lea	rcx, 1[rdi]
	shr	rcx
	cmp	rcx, rdi
	jnb	.L1
.L3:
	mov	rax, rdi
	mov	edx, 0
	div	rcx
	add	rax, rcx
	mov	rdx, rcx
	shr	rax
	mov	rcx, rax
	cmp	rax, rdx
	jb	.L3
.L1:
	mov	rax, rdx
	ret
	.size	isqrt64, .-isqrt64
	.globl	__umodti3
	.globl	modpow
	.type	modpow, @function
modpow:
	push	r13
	push	r12
	push	rbp
	push	rbx
	sub	rsp, 8
	mov	rbp, rdx
	test	rdx, rdx
	je	.L7
	mov	r12, rsi
	mov	r13, rdx
	mov	eax, 1
	mov	edx, 0
	div	rbp
	mov	rbp, rdx
	mov	rax, rdi
	mov	edx, 0
	div	r13
	mov	rbx, rdx
	test	rsi, rsi
	jne	.L10
.L7:
	mov	rax, rbp
	add	rsp, 8
	pop	rbx
	pop	rbp
	pop	r12
	pop	r13
	ret
.L9:
	mov	rax, rbx
	mul	rbx
	mov	rsi, rdx
	mov	rdi, rax
	mov	rdx, r13
	mov	ecx, 0
	call	__umodti3@PLT
	mov	rbx, rax
	shr	r12
	je	.L7
.L10:
	test	r12b, 1
	je	.L9
	mov	rax, rbp
	mul	rbx
	mov	rsi, rdx
	mov	rdi, rax
	mov	rdx, r13
	mov	ecx, 0
	call	__umodti3@PLT
	mov	rbp, rax
	jmp	.L9
	.size	modpow, .-modpow
	.globl	gcd64
	.type	gcd64, @function
gcd64:
	mov	rax, rdi
	test	rsi, rsi
	je	.L17
.L16:
	mov	rcx, rsi
	mov	edx, 0
	div	rsi
	mov	rsi, rdx
	mov	rax, rcx
	test	rdx, rdx
	jne	.L16
.L14:
	mov	rax, rcx
	ret
.L17:
	mov	rcx, rdi
	jmp	.L14
	.size	gcd64, .-gcd64
	.globl	binary_gcd
	.type	binary_gcd, @function
binary_gcd:
	mov	rax, rsi
	test	rdi, rdi
	je	.L19
	mov	rax, rdi
	test	rsi, rsi
	je	.L19
	mov	r8, rdi
	or	r8, rsi
	rep bsf	r8, r8
	xor	ecx, ecx
	rep bsf	rcx, rdi
	shr	rax, cl
	jmp	.L22
.L21:
	sub	rsi, rax
	je	.L27
.L22:
	xor	ecx, ecx
	rep bsf	rcx, rsi
	shr	rsi, cl
	cmp	rsi, rax
	jnb	.L21
	mov	rdx, rax
	mov	rax, rsi
	mov	rsi, rdx
	jmp	.L21
.L27:
	mov	ecx, r8d
	sal	rax, cl
.L19:
	ret
	.size	binary_gcd, .-binary_gcd
	.globl	lcm64
	.type	lcm64, @function
lcm64:
	test	rdi, rdi
	je	.L31
	test	rsi, rsi
	jne	.L33
.L31:
	mov	eax, 0
	ret
.L33:
	mov	rcx, rsi
	mov	rax, rdi
.L30:
	mov	r8, rcx
	mov	edx, 0
	div	rcx
	mov	rcx, rdx
	mov	rax, r8
	test	rdx, rdx
	jne	.L30
	mov	rax, rdi
	mov	edx, 0
	div	r8
	imul	rax, rsi
	ret
	.size	lcm64, .-lcm64
	.globl	saturating_add
	.type	saturating_add, @function
saturating_add:
	mov	rax, rdi
	add	rax, rsi
	mov	rdx, -1
	cmovc	rax, rdx
	ret
	.size	saturating_add, .-saturating_add
	.globl	saturating_sub_signed
	.type	saturating_sub_signed, @function
saturating_sub_signed:
	mov	rax, rdi
	sub	rax, rsi
	jo	.L43
.L37:
	ret
.L43:
	test	rdi, rdi
	movabs	rax, 9223372036854775807
	movabs	rdx, -9223372036854775808
	cmovs	rax, rdx
	jmp	.L37
	.size	saturating_sub_signed, .-saturating_sub_signed
	.globl	add_overflows
	.type	add_overflows, @function
add_overflows:
	add	edi, esi
	seto	al
	movzx	eax, al
	ret
	.size	add_overflows, .-add_overflows
	.globl	mul_overflows_u64
	.type	mul_overflows_u64, @function
mul_overflows_u64:
	mov	rax, rdi
	mul	rsi
	seto	al
	movzx	eax, al
	ret
	.size	mul_overflows_u64, .-mul_overflows_u64
	.globl	abs64
	.type	abs64, @function
abs64:
	mov	rax, rdi
	neg	rax
	cmovs	rax, rdi
	ret
	.size	abs64, .-abs64
	.globl	digit_count
	.type	digit_count, @function
digit_count:
	mov	rdx, rdi
	cmp	rdi, 9
	jbe	.L54
	mov	ecx, 1
	movabs	rdi, -3689348814741910323
.L53:
	mov	rsi, rdx
	mov	rax, rdx
	mul	rdi
	shr	rdx, 3
	add	ecx, 1
	cmp	rsi, 99
	ja	.L53
.L51:
	mov	eax, ecx
	ret
.L54:
	mov	ecx, 1
	jmp	.L51
	.size	digit_count, .-digit_count
	.globl	reverse_digits
	.type	reverse_digits, @function
reverse_digits:
	test	rdi, rdi
	je	.L59
	mov	eax, 0
	movabs	r8, -3689348814741910323
.L58:
	lea	rsi, [rax+rax*4]
	mov	rax, rdi
	mul	r8
	shr	rdx, 3
	lea	rax, [rdx+rdx*4]
	add	rax, rax
	mov	rcx, rdi
	sub	rcx, rax
	lea	rax, [rcx+rsi*2]
	mov	rcx, rdi
	mov	rdi, rdx
	cmp	rcx, 9
	ja	.L58
	ret
.L59:
	mov	rax, rdi
	ret
	.size	reverse_digits, .-reverse_digits
	.globl	is_prime
	.type	is_prime, @function
is_prime:
	mov	eax, 0
	cmp	edi, 1
	jbe	.L61
	test	dil, 1
	je	.L63
	cmp	edi, 8
	jbe	.L67
	mov	eax, edi
	mov	edx, 2863311531
	imul	rax, rdx
	shr	rax, 33
	lea	eax, [rax+rax*2]
	cmp	edi, eax
	je	.L68
	mov	ecx, 3
.L64:
	add	ecx, 2
	mov	eax, ecx
	imul	eax, ecx
	cmp	edi, eax
	jb	.L70
	mov	eax, edi
	mov	edx, 0
	div	ecx
	test	edx, edx
	jne	.L64
	mov	eax, 0
.L61:
	ret
.L63:
	cmp	edi, 2
	sete	al
	movzx	eax, al
	ret
.L70:
	mov	eax, 1
	ret
.L67:
	mov	eax, 1
	ret
.L68:
	mov	eax, 0
	ret
	.size	is_prime, .-is_prime
	.globl	__divti3
	.globl	mul_div
	.type	mul_div, @function
mul_div:
	mov	rcx, rdx
	test	rdx, rdx
	je	.L74
	sub	rsp, 8
	mov	rax, rdi
	sar	rdi, 63
	mov	rdx, rsi
	sar	rdx, 63
	imul	rdi, rsi
	imul	rdx, rax
	add	rdi, rdx
	mul	rsi
	lea	rsi, [rdi+rdx]
	mov	r8, rcx
	sar	r8, 63
	mov	rdi, rax
	mov	rdx, rcx
	mov	rcx, r8
	call	__divti3@PLT
	add	rsp, 8
	ret
.L74:
	mov	rax, rdx
	ret
	.size	mul_div, .-mul_div
	.globl	average_u64
	.type	average_u64, @function
average_u64:
	mov	rax, rdi
	xor	rax, rsi
	shr	rax
	and	rdi, rsi
	add	rax, rdi
	ret
	.size	average_u64, .-average_u64
	.globl	floor_div
	.type	floor_div, @function
floor_div:
	mov	rax, rsi
	test	rsi, rsi
	je	.L78
	movabs	rax, -9223372036854775808
	cmp	rdi, rax
	jne	.L83
	mov	eax, 0
	cmp	rsi, -1
	jne	.L83
.L78:
	ret
.L83:
	mov	rax, rdi
	cqo
	idiv	rsi
	mov	rcx, rax
	test	rdx, rdx
	je	.L78
	sub	rcx, 1
	xor	rsi, rdi
	cmovs	rax, rcx
	jmp	.L78
	.size	floor_div, .-floor_div
	.globl	euclid_mod
	.type	euclid_mod, @function
euclid_mod:
	mov	rax, rdi
	lea	rcx, 1[rsi]
	mov	edx, 0
	cmp	rcx, 1
	jbe	.L84
	cqo
	idiv	rsi
	mov	rax, rsi
	neg	rax
	cmovs	rax, rsi
	add	rax, rdx
	test	rdx, rdx
	cmovs	rdx, rax
.L84:
	mov	rax, rdx
	ret
	.size	euclid_mod, .-euclid_mod
	.globl	umul_hi32
	.type	umul_hi32, @function
umul_hi32:
	mov	edi, edi
	mov	esi, esi
	imul	rdi, rsi
	shr	rdi, 32
	mov	rax, rdi
	ret
	.size	umul_hi32, .-umul_hi32
	.globl	smul_hi64
	.type	smul_hi64, @function
smul_hi64:
	mov	rax, rdi
	mov	rcx, rdi
	sar	rcx, 63
	mov	rdx, rsi
	sar	rdx, 63
	imul	rcx, rsi
	imul	rdx, rdi
	add	rcx, rdx
	mul	rsi
	lea	rax, [rcx+rdx]
	ret
	.size	smul_hi64, .-smul_hi64
	.globl	u128_add_carry
	.type	u128_add_carry, @function
u128_add_carry:
	mov	r8, rdx
	mov	rax, rdi
	mov	rdx, rsi
	mov	rsi, r8
	mov	rdi, rcx
	add	rsi, rax
	adc	rdi, rdx
	mov	rax, rsi
	xor	rax, rdi
	ret
	.size	u128_add_carry, .-u128_add_carry
	.globl	compare_u64
	.type	compare_u64, @function
compare_u64:
	cmp	rsi, rdi
	setb	al
	movzx	eax, al
	cmp	rdi, rsi
	sbb	eax, 0
	ret
	.size	compare_u64, .-compare_u64
	.globl	compare_i64
	.type	compare_i64, @function
compare_i64:
	cmp	rdi, rsi
	setg	al
	movzx	eax, al
	setl	dl
	movzx	edx, dl
	sub	eax, edx
	ret
	.size	compare_i64, .-compare_i64
	.globl	clamp_u64
	.type	clamp_u64, @function
clamp_u64:
	mov	rax, rsi
	cmp	rdi, rdx
	cmovbe	rdx, rdi
	cmp	rdi, rsi
	cmovnb	rax, rdx
	ret
	.size	clamp_u64, .-clamp_u64
	.globl	sign_extend_24
	.type	sign_extend_24, @function
sign_extend_24:
	mov	eax, edi
	sal	eax, 8
	sar	eax, 8
	cdqe
	ret
	.size	sign_extend_24, .-sign_extend_24
	.globl	to_u32_saturate
	.type	to_u32_saturate, @function
to_u32_saturate:
	mov	eax, 0
	test	rdi, rdi
	js	.L95
	mov	eax, 4294967295
	cmp	rdi, rax
	mov	eax, -1
	cmovle	eax, edi
.L95:
	ret
	.size	to_u32_saturate, .-to_u32_saturate
	.globl	narrow_i8
	.type	narrow_i8, @function
narrow_i8:
	mov	eax, edi
	ret
	.size	narrow_i8, .-narrow_i8
	.globl	add_u16
	.type	add_u16, @function
add_u16:
	lea	eax, [rsi+rdi]
	ret
	.size	add_u16, .-add_u16
	.globl	mul_i16
	.type	mul_i16, @function
mul_i16:
	mov	eax, esi
	imul	eax, edi
	ret
	.size	mul_i16, .-mul_i16
	.globl	max_u8
	.type	max_u8, @function
max_u8:
	cmp	sil, dil
	mov	eax, edi
	cmovnb	eax, esi
	ret
	.size	max_u8, .-max_u8
	.globl	is_negative_long
	.type	is_negative_long, @function
is_negative_long:
	shr	rdi, 63
	mov	rax, rdi
	ret
	.size	is_negative_long, .-is_negative_long
	.ident	"GCC: (Debian 12.2.0-14+deb12u1) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
