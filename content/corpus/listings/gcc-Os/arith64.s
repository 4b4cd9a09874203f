	.file	"arith64.c"
	.intel_syntax noprefix
	.text
	.globl	isqrt64
	.type	isqrt64, @function
isqrt64:
	mov	rax, rdi
	cmp	rdi, 1
	jbe	.L1
	lea	rcx, 1[rdi]
	shr	rcx
.L3:
	cmp	rcx, rax
	jnb	.L1
	mov	rax, rdi
	xor	edx, edx
	div	rcx
	lea	rdx, [rax+rcx]
	mov	rax, rcx
	shr	rdx
	mov	rcx, rdx
	jmp	.L3
.L1:
	ret
	.size	isqrt64, .-isqrt64
	.globl	__umodti3
	.globl	modpow
	.type	modpow, @function
modpow:
	push	r13
	xor	r13d, r13d
	push	r12
	push	rbp
	push	rbx
	push	rcx
	test	rdx, rdx
	je	.L7
	mov	rbp, rdx
	mov	eax, 1
	xor	edx, edx
	mov	r12, rsi
	div	rbp
	mov	rax, rdi
	mov	r13, rdx
	xor	edx, edx
	div	rbp
	mov	rbx, rdx
.L9:
	test	r12, r12
	je	.L7
	test	r12b, 1
	je	.L10
	mov	rax, r13
	xor	ecx, ecx
	mul	rbx
	mov	rsi, rdx
	mov	rdi, rax
	mov	rdx, rbp
	call	__umodti3@PLT
	mov	r13, rax
.L10:
	mov	rax, rbx
	xor	ecx, ecx
	shr	r12
	mul	rbx
	mov	rsi, rdx
	mov	rdi, rax
	mov	rdx, rbp
	call	__umodti3@PLT
	mov	rbx, rax
	jmp	.L9
.L7:
	pop	rdx
	mov	rax, r13
	pop	rbx
	pop	rbp
	pop	r12
	pop	r13
	ret
	.size	modpow, .-modpow
	.globl	gcd64
	.type	gcd64, @function
gcd64:
	mov	rax, rdi
.L19:
	test	rsi, rsi
	je	.L21
	xor	edx, edx
	div	rsi
	mov	rax, rsi
	mov	rsi, rdx
	jmp	.L19
.L21:
	ret
	.size	gcd64, .-gcd64
	.globl	binary_gcd
	.type	binary_gcd, @function
binary_gcd:
	mov	rax, rsi
	test	rdi, rdi
	je	.L23
	test	rsi, rsi
	je	.L26
	mov	rdx, rdi
	bsf	rcx, rdi
	or	rdx, rsi
	shr	rdi, cl
	bsf	rdx, rdx
.L25:
	bsf	rcx, rax
	shr	rax, cl
	cmp	rax, rdi
	jnb	.L24
	xchg	rax, rdi
.L24:
	sub	rax, rdi
	jne	.L25
	mov	rax, rdi
	mov	ecx, edx
	sal	rax, cl
	ret
.L26:
	mov	rax, rdi
.L23:
	ret
	.size	binary_gcd, .-binary_gcd
	.globl	lcm64
	.type	lcm64, @function
lcm64:
	test	rdi, rdi
	je	.L34
	test	rsi, rsi
	je	.L34
	mov	rdx, rsi
	mov	rcx, rdi
.L33:
	mov	rax, rcx
	mov	rcx, rdx
	xor	edx, edx
	div	rcx
	test	rdx, rdx
	jne	.L33
	mov	rax, rdi
	xor	edx, edx
	div	rcx
	imul	rax, rsi
	ret
.L34:
	xor	eax, eax
	ret
	.size	lcm64, .-lcm64
	.globl	saturating_add
	.type	saturating_add, @function
saturating_add:
	add	rdi, rsi
	mov	rax, -1
	cmovnc	rax, rdi
	ret
	.size	saturating_add, .-saturating_add
	.globl	saturating_sub_signed
	.type	saturating_sub_signed, @function
saturating_sub_signed:
	mov	rax, rdi
	sub	rax, rsi
	jno	.L48
	movabs	rax, 9223372036854775807
	test	rdi, rdi
	movabs	rdx, -9223372036854775808
	cmovs	rax, rdx
.L48:
	ret
	.size	saturating_sub_signed, .-saturating_sub_signed
	.globl	add_overflows
	.type	add_overflows, @function
add_overflows:
	xor	eax, eax
	add	edi, esi
	seto	al
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
	mov	rax, rdi
	mov	ecx, 1
	mov	esi, 10
.L62:
	cmp	rax, 9
	jbe	.L64
	xor	edx, edx
	inc	ecx
	div	rsi
	jmp	.L62
.L64:
	mov	eax, ecx
	ret
	.size	digit_count, .-digit_count
	.globl	reverse_digits
	.type	reverse_digits, @function
reverse_digits:
	mov	rax, rdi
	xor	ecx, ecx
	mov	esi, 10
.L66:
	test	rax, rax
	je	.L68
	xor	edx, edx
	imul	rcx, rcx, 10
	div	rsi
	add	rcx, rdx
	jmp	.L66
.L68:
	mov	rax, rcx
	ret
	.size	reverse_digits, .-reverse_digits
	.globl	is_prime
	.type	is_prime, @function
is_prime:
	xor	eax, eax
	cmp	edi, 1
	jbe	.L69
	mov	ecx, 3
	test	dil, 1
	jne	.L71
	xor	eax, eax
	cmp	edi, 2
	sete	al
	ret
.L72:
	mov	eax, edi
	xor	edx, edx
	div	ecx
	test	edx, edx
	je	.L75
	add	ecx, 2
.L71:
	mov	eax, ecx
	imul	eax, ecx
	cmp	edi, eax
	jnb	.L72
	mov	eax, 1
	ret
.L75:
	xor	eax, eax
.L69:
	ret
	.size	is_prime, .-is_prime
	.globl	__divti3
	.globl	mul_div
	.type	mul_div, @function
mul_div:
	mov	rcx, rdx
	test	rdx, rdx
	je	.L83
	push	rax
	mov	rax, rdi
	mov	r8, rcx
	imul	rsi
	sar	r8, 63
	mov	rsi, rdx
	mov	rdi, rax
	mov	rdx, rcx
	mov	rcx, r8
	call	__divti3@PLT
	pop	rdx
	ret
.L83:
	mov	rax, rdx
	ret
	.size	mul_div, .-mul_div
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
	.globl	floor_div
	.type	floor_div, @function
floor_div:
	xor	eax, eax
	test	rsi, rsi
	je	.L87
	mov	eax, 1
	sal	rax, 63
	cmp	rdi, rax
	jne	.L92
	xor	eax, eax
	cmp	rsi, -1
	je	.L87
.L92:
	mov	rax, rdi
	cqo
	idiv	rsi
	test	rdx, rdx
	je	.L87
	xor	edx, edx
	xor	rsi, rdi
	sets	dl
	sub	rax, rdx
.L87:
	ret
	.size	floor_div, .-floor_div
	.globl	euclid_mod
	.type	euclid_mod, @function
euclid_mod:
	lea	rcx, 1[rsi]
	mov	rax, rdi
	xor	edx, edx
	cmp	rcx, 1
	jbe	.L99
	cqo
	idiv	rsi
	test	rdx, rdx
	jns	.L99
	mov	rax, rsi
	neg	rax
	cmovs	rax, rsi
	add	rdx, rax
.L99:
	mov	rax, rdx
	ret
	.size	euclid_mod, .-euclid_mod
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
	.globl	smul_hi64
	.type	smul_hi64, @function
smul_hi64:
	mov	rax, rdi
	imul	rsi
	mov	rax, rdx
	ret
	.size	smul_hi64, .-smul_hi64
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
	.globl	clamp_u64
	.type	clamp_u64, @function
clamp_u64:
	mov	rax, rsi
	cmp	rdi, rsi
	jb	.L108
	cmp	rdi, rdx
	mov	rax, rdx
	cmovbe	rax, rdi
.L108:
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
	xor	eax, eax
	test	rdi, rdi
	js	.L110
	mov	eax, 4294967295
	cmp	rdi, rax
	mov	eax, -1
	cmovle	eax, edi
.L110:
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
