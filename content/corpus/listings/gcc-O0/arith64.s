	.file	"arith64.c"
	.intel_syntax noprefix
	.text
	.globl	isqrt64
	.type	isqrt64, @function
isqrt64:
	push	rbp
	mov	rbp, rsp
	mov	QWORD PTR -24[rbp], rdi
	mov	rax, QWORD PTR -24[rbp]
	mov	QWORD PTR -8[rbp], rax
	mov	rax, QWORD PTR -8[rbp]
	add	rax, 1
	shr	rax
	mov	QWORD PTR -16[rbp], rax
	cmp	QWORD PTR -24[rbp], 1
	ja	.L4
	mov	rax, QWORD PTR -24[rbp]
	jmp	.L3
.L5:
	mov	rax, QWORD PTR -16[rbp]
	mov	QWORD PTR -8[rbp], rax
	mov	rax, QWORD PTR -24[rbp]
	mov	edx, 0
	div	QWORD PTR -8[rbp]
	mov	rdx, rax
	mov	rax, QWORD PTR -8[rbp]
	add	rax, rdx
	shr	rax
	mov	QWORD PTR -16[rbp], rax
.L4:
	mov	rax, QWORD PTR -16[rbp]
	cmp	rax, QWORD PTR -8[rbp]
	jb	.L5
	mov	rax, QWORD PTR -8[rbp]
.L3:
	pop	rbp
	ret
	.size	isqrt64, .-isqrt64
	.globl	__umodti3
	.globl	modpow
	.type	modpow, @function
modpow:
	push	rbp
	mov	rbp, rsp
	push	r15
	push	r14
	push	r13
	push	r12
	push	rbx
	sub	rsp, 120
	mov	QWORD PTR -72[rbp], rdi
	mov	QWORD PTR -80[rbp], rsi
	mov	QWORD PTR -88[rbp], rdx
	cmp	QWORD PTR -88[rbp], 0
	jne	.L7
	mov	eax, 0
	jmp	.L8
.L7:
	mov	eax, 1
	mov	edx, 0
	div	QWORD PTR -88[rbp]
	mov	QWORD PTR -56[rbp], rdx
	mov	rax, QWORD PTR -72[rbp]
	mov	edx, 0
	div	QWORD PTR -88[rbp]
	mov	QWORD PTR -72[rbp], rdx
	jmp	.L9
.L11:
	mov	rax, QWORD PTR -80[rbp]
	and	eax, 1
	test	rax, rax
	je	.L10
	mov	rax, QWORD PTR -56[rbp]
	mov	r12, rax
	mov	r13d, 0
	mov	rax, QWORD PTR -72[rbp]
	mov	r14, rax
	mov	r15d, 0
	mov	rdx, r13
	imul	rdx, r14
	mov	rax, r15
	imul	rax, r12
	lea	rcx, [rdx+rax]
	mov	rax, r12
	mul	r14
	add	rcx, rdx
	mov	rdx, rcx
	mov	rcx, QWORD PTR -88[rbp]
	mov	QWORD PTR -112[rbp], rcx
	mov	QWORD PTR -104[rbp], 0
	mov	rcx, rax
	mov	rbx, rdx
	mov	rsi, rcx
	mov	rax, rdx
	mov	rdx, QWORD PTR -112[rbp]
	mov	rcx, QWORD PTR -104[rbp]
	mov	rdi, rsi
	mov	rsi, rax
	call	__umodti3@PLT
	mov	QWORD PTR -56[rbp], rax
.L10:
	mov	rax, QWORD PTR -72[rbp]
	mov	QWORD PTR -128[rbp], rax
	mov	QWORD PTR -120[rbp], 0
	mov	rax, QWORD PTR -72[rbp]
	mov	QWORD PTR -144[rbp], rax
	mov	QWORD PTR -136[rbp], 0
	mov	rbx, QWORD PTR -128[rbp]
	mov	rsi, QWORD PTR -120[rbp]
	mov	rdx, rsi
	mov	r8, QWORD PTR -144[rbp]
	mov	r9, QWORD PTR -136[rbp]
	mov	rax, r8
	imul	rdx, rax
	mov	rax, r9
	mov	rdi, rbx
	imul	rax, rdi
	lea	rcx, [rdx+rax]
	mov	rax, rbx
	mul	r8
	add	rcx, rdx
	mov	rdx, rcx
	mov	rcx, QWORD PTR -88[rbp]
	mov	QWORD PTR -160[rbp], rcx
	mov	QWORD PTR -152[rbp], 0
	mov	rcx, rax
	mov	rbx, rdx
	mov	rsi, rcx
	mov	rax, rdx
	mov	rdx, QWORD PTR -160[rbp]
	mov	rcx, QWORD PTR -152[rbp]
	mov	rdi, rsi
	mov	rsi, rax
	call	__umodti3@PLT
	mov	QWORD PTR -72[rbp], rax
	shr	QWORD PTR -80[rbp]
.L9:
	cmp	QWORD PTR -80[rbp], 0
	jne	.L11
	mov	rax, QWORD PTR -56[rbp]
.L8:
	add	rsp, 120
	pop	rbx
	pop	r12
	pop	r13
	pop	r14
	pop	r15
	pop	rbp
	ret
	.size	modpow, .-modpow
	.globl	gcd64
	.type	gcd64, @function
gcd64:
	push	rbp
	mov	rbp, rsp
	mov	QWORD PTR -24[rbp], rdi
	mov	QWORD PTR -32[rbp], rsi
	jmp	.L13
.L14:
	mov	rax, QWORD PTR -24[rbp]
	mov	edx, 0
	div	QWORD PTR -32[rbp]
	mov	QWORD PTR -8[rbp], rdx
	mov	rax, QWORD PTR -32[rbp]
	mov	QWORD PTR -24[rbp], rax
	mov	rax, QWORD PTR -8[rbp]
	mov	QWORD PTR -32[rbp], rax
.L13:
	cmp	QWORD PTR -32[rbp], 0
	jne	.L14
	mov	rax, QWORD PTR -24[rbp]
	pop	rbp
	ret
	.size	gcd64, .-gcd64
	.globl	binary_gcd
	.type	binary_gcd, @function
binary_gcd:
	push	rbp
	mov	rbp, rsp
	mov	QWORD PTR -24[rbp], rdi
	mov	QWORD PTR -32[rbp], rsi
	cmp	QWORD PTR -24[rbp], 0
	jne	.L17
	mov	rax, QWORD PTR -32[rbp]
	jmp	.L18
.L17:
	cmp	QWORD PTR -32[rbp], 0
	jne	.L19
	mov	rax, QWORD PTR -24[rbp]
	jmp	.L18
.L19:
	mov	rax, QWORD PTR -24[rbp]
	or	rax, QWORD PTR -32[rbp]
	rep bsf	rax, rax
	mov	DWORD PTR -4[rbp], eax
	xor	eax, eax
	rep bsf	rax, QWORD PTR -24[rbp]
	mov	ecx, eax
	shr	QWORD PTR -24[rbp], cl
.L21:
	xor	eax, eax
	rep bsf	rax, QWORD PTR -32[rbp]
	mov	ecx, eax
	shr	QWORD PTR -32[rbp], cl
	mov	rax, QWORD PTR -24[rbp]
	cmp	QWORD PTR -32[rbp], rax
	jnb	.L20
	mov	rax, QWORD PTR -24[rbp]
	mov	QWORD PTR -16[rbp], rax
	mov	rax, QWORD PTR -32[rbp]
	mov	QWORD PTR -24[rbp], rax
	mov	rax, QWORD PTR -16[rbp]
	mov	QWORD PTR -32[rbp], rax
.L20:
	mov	rax, QWORD PTR -24[rbp]
	sub	QWORD PTR -32[rbp], rax
	cmp	QWORD PTR -32[rbp], 0
	jne	.L21
	mov	eax, DWORD PTR -4[rbp]
	mov	rdx, QWORD PTR -24[rbp]
	mov	ecx, eax
	sal	rdx, cl
	mov	rax, rdx
.L18:
	pop	rbp
	ret
	.size	binary_gcd, .-binary_gcd
	.globl	lcm64
	.type	lcm64, @function
lcm64:
	push	rbp
	mov	rbp, rsp
	sub	rsp, 16
	mov	QWORD PTR -8[rbp], rdi
	mov	QWORD PTR -16[rbp], rsi
	cmp	QWORD PTR -8[rbp], 0
	je	.L23
	cmp	QWORD PTR -16[rbp], 0
	je	.L23
	mov	rdx, QWORD PTR -16[rbp]
	mov	rax, QWORD PTR -8[rbp]
	mov	rsi, rdx
	mov	rdi, rax
	call	gcd64
	mov	rcx, rax
	mov	rax, QWORD PTR -8[rbp]
	mov	edx, 0
	div	rcx
	imul	rax, QWORD PTR -16[rbp]
	jmp	.L25
.L23:
	mov	eax, 0
.L25:
	leave
	ret
	.size	lcm64, .-lcm64
	.globl	saturating_add
	.type	saturating_add, @function
saturating_add:
	push	rbp
	mov	rbp, rsp
	mov	QWORD PTR -24[rbp], rdi
	mov	QWORD PTR -32[rbp], rsi
	mov	rdx, QWORD PTR -24[rbp]
	mov	rax, QWORD PTR -32[rbp]
	add	rax, rdx
	mov	QWORD PTR -8[rbp], rax
	mov	rax, QWORD PTR -8[rbp]
	cmp	rax, QWORD PTR -24[rbp]
	jb	.L27
	mov	rax, QWORD PTR -8[rbp]
	jmp	.L29
.L27:
	mov	rax, -1
.L29:
	pop	rbp
	ret
	.size	saturating_add, .-saturating_add
	.globl	saturating_sub_signed
	.type	saturating_sub_signed, @function
saturating_sub_signed:
	push	rbp
	mov	rbp, rsp
	mov	QWORD PTR -24[rbp], rdi
	mov	QWORD PTR -32[rbp], rsi
	mov	edx, 0
	mov	rax, QWORD PTR -24[rbp]
	sub	rax, QWORD PTR -32[rbp]
	jno	.L31
	mov	edx, 1
.L31:
	mov	QWORD PTR -8[rbp], rax
	mov	rax, rdx
	and	eax, 1
	test	al, al
	je	.L33
	cmp	QWORD PTR -24[rbp], 0
	jns	.L34
	movabs	rax, -9223372036854775808
	jmp	.L37
.L34:
	movabs	rax, 9223372036854775807
	jmp	.L37
.L33:
	mov	rax, QWORD PTR -8[rbp]
.L37:
	pop	rbp
	ret
	.size	saturating_sub_signed, .-saturating_sub_signed
	.globl	add_overflows
	.type	add_overflows, @function
add_overflows:
	push	rbp
	mov	rbp, rsp
	mov	DWORD PTR -20[rbp], edi
	mov	DWORD PTR -24[rbp], esi
	mov	ecx, 0
	mov	edx, DWORD PTR -20[rbp]
	mov	eax, DWORD PTR -24[rbp]
	add	eax, edx
	jno	.L39
	mov	ecx, 1
.L39:
	mov	DWORD PTR -4[rbp], eax
	mov	eax, ecx
	and	eax, 1
	movzx	eax, al
	pop	rbp
	ret
	.size	add_overflows, .-add_overflows
	.globl	mul_overflows_u64
	.type	mul_overflows_u64, @function
mul_overflows_u64:
	push	rbp
	mov	rbp, rsp
	mov	QWORD PTR -24[rbp], rdi
	mov	QWORD PTR -32[rbp], rsi
	mov	ecx, 0
	mov	rax, QWORD PTR -24[rbp]
	mul	QWORD PTR -32[rbp]
	jno	.L43
	mov	ecx, 1
.L43:
	mov	QWORD PTR -8[rbp], rax
	mov	rax, rcx
	and	eax, 1
	movzx	eax, al
	pop	rbp
	ret
	.size	mul_overflows_u64, .-mul_overflows_u64
	.globl	abs64
	.type	abs64, @function
abs64:
	push	rbp
	mov	rbp, rsp
	mov	QWORD PTR -8[rbp], rdi
	mov	rax, QWORD PTR -8[rbp]
	mov	rdx, rax
	neg	rdx
	cmovns	rax, rdx
	pop	rbp
	ret
	.size	abs64, .-abs64
	.globl	digit_count
	.type	digit_count, @function
digit_count:
	push	rbp
	mov	rbp, rsp
	mov	QWORD PTR -24[rbp], rdi
	mov	DWORD PTR -4[rbp], 1
	jmp	.L49
.L50:
	mov	rax, QWORD PTR -24[rbp]
	movabs	rdx, -3689348814741910323
	mul	rdx
	mov	rax, rdx
	shr	rax, 3
	mov	QWORD PTR -24[rbp], rax
	add	DWORD PTR -4[rbp], 1
.L49:
	cmp	QWORD PTR -24[rbp], 9
	ja	.L50
	mov	eax, DWORD PTR -4[rbp]
	pop	rbp
	ret
	.size	digit_count, .-digit_count
	.globl	reverse_digits
	.type	reverse_digits, @function
reverse_digits:
	push	rbp
	mov	rbp, rsp
	mov	QWORD PTR -24[rbp], rdi
	mov	QWORD PTR -8[rbp], 0
	jmp	.L53
.L54:
	mov	rdx, QWORD PTR -8[rbp]
	mov	rax, rdx
	sal	rax, 2
	add	rax, rdx
	add	rax, rax
	mov	rsi, rax
	mov	rcx, QWORD PTR -24[rbp]
	movabs	rdx, -3689348814741910323
	mov	rax, rcx
	mul	rdx
	shr	rdx, 3
	mov	rax, rdx
	sal	rax, 2
	add	rax, rdx
	add	rax, rax
	sub	rcx, rax
	mov	rdx, rcx
	lea	rax, [rsi+rdx]
	mov	QWORD PTR -8[rbp], rax
	mov	rax, QWORD PTR -24[rbp]
	movabs	rdx, -3689348814741910323
	mul	rdx
	mov	rax, rdx
	shr	rax, 3
	mov	QWORD PTR -24[rbp], rax
.L53:
	cmp	QWORD PTR -24[rbp], 0
	jne	.L54
	mov	rax, QWORD PTR -8[rbp]
	pop	rbp
	ret
	.size	reverse_digits, .-reverse_digits
	.globl	is_prime
	.type	is_prime, @function
is_prime:
	push	rbp
	mov	rbp, rsp
	mov	DWORD PTR -20[rbp], edi
	cmp	DWORD PTR -20[rbp], 1
	ja	.L57
	mov	eax, 0
	jmp	.L58
.L57:
	mov	eax, DWORD PTR -20[rbp]
	and	eax, 1
	test	eax, eax
	jne	.L59
	cmp	DWORD PTR -20[rbp], 2
	sete	al
	movzx	eax, al
	jmp	.L58
.L59:
	mov	DWORD PTR -4[rbp], 3
	jmp	.L60
.L62:
	mov	eax, DWORD PTR -20[rbp]
	mov	edx, 0
	div	DWORD PTR -4[rbp]
	mov	eax, edx
	test	eax, eax
	jne	.L61
	mov	eax, 0
	jmp	.L58
.L61:
	add	DWORD PTR -4[rbp], 2
.L60:
	mov	eax, DWORD PTR -4[rbp]
	imul	eax, eax
	cmp	DWORD PTR -20[rbp], eax
	jnb	.L62
	mov	eax, 1
.L58:
	pop	rbp
	ret
	.size	is_prime, .-is_prime
	.globl	__divti3
	.globl	mul_div
	.type	mul_div, @function
mul_div:
	push	rbp
	mov	rbp, rsp
	push	rbx
	sub	rsp, 40
	mov	QWORD PTR -24[rbp], rdi
	mov	QWORD PTR -32[rbp], rsi
	mov	QWORD PTR -40[rbp], rdx
	cmp	QWORD PTR -40[rbp], 0
	je	.L64
	mov	rax, QWORD PTR -24[rbp]
	mov	r8, rax
	sar	rax, 63
	mov	r9, rax
	mov	rax, QWORD PTR -32[rbp]
	mov	rcx, rax
	sar	rax, 63
	mov	rbx, rax
	mov	rdx, r9
	imul	rdx, rcx
	mov	rax, rbx
	imul	rax, r8
	lea	rsi, [rdx+rax]
	mov	rax, r8
	mul	rcx
	lea	rcx, [rsi+rdx]
	mov	rdx, rcx
	mov	rcx, QWORD PTR -40[rbp]
	mov	r10, rcx
	sar	rcx, 63
	mov	r11, rcx
	mov	rcx, rax
	mov	rbx, rdx
	mov	rsi, rcx
	mov	rax, rdx
	mov	rdx, r10
	mov	rcx, r11
	mov	rdi, rsi
	mov	rsi, rax
	call	__divti3@PLT
	jmp	.L66
.L64:
	mov	eax, 0
.L66:
	mov	rbx, QWORD PTR -8[rbp]
	leave
	ret
	.size	mul_div, .-mul_div
	.globl	average_u64
	.type	average_u64, @function
average_u64:
	push	rbp
	mov	rbp, rsp
	mov	QWORD PTR -8[rbp], rdi
	mov	QWORD PTR -16[rbp], rsi
	mov	rax, QWORD PTR -8[rbp]
	and	rax, QWORD PTR -16[rbp]
	mov	rdx, rax
	mov	rax, QWORD PTR -8[rbp]
	xor	rax, QWORD PTR -16[rbp]
	shr	rax
	add	rax, rdx
	pop	rbp
	ret
	.size	average_u64, .-average_u64
	.globl	floor_div
	.type	floor_div, @function
floor_div:
	push	rbp
	mov	rbp, rsp
	mov	QWORD PTR -24[rbp], rdi
	mov	QWORD PTR -32[rbp], rsi
	cmp	QWORD PTR -32[rbp], 0
	je	.L70
	movabs	rax, -9223372036854775808
	cmp	QWORD PTR -24[rbp], rax
	jne	.L71
	cmp	QWORD PTR -32[rbp], -1
	jne	.L71
.L70:
	mov	eax, 0
	jmp	.L72
.L71:
	mov	rax, QWORD PTR -24[rbp]
	cqo
	idiv	QWORD PTR -32[rbp]
	mov	QWORD PTR -8[rbp], rax
	mov	rax, QWORD PTR -24[rbp]
	cqo
	idiv	QWORD PTR -32[rbp]
	mov	rax, rdx
	test	rax, rax
	je	.L73
	mov	rax, QWORD PTR -24[rbp]
	xor	rax, QWORD PTR -32[rbp]
	test	rax, rax
	jns	.L73
	mov	rax, QWORD PTR -8[rbp]
	sub	rax, 1
	jmp	.L72
.L73:
	mov	rax, QWORD PTR -8[rbp]
.L72:
	pop	rbp
	ret
	.size	floor_div, .-floor_div
	.globl	euclid_mod
	.type	euclid_mod, @function
euclid_mod:
	push	rbp
	mov	rbp, rsp
	mov	QWORD PTR -24[rbp], rdi
	mov	QWORD PTR -32[rbp], rsi
	cmp	QWORD PTR -32[rbp], 0
	je	.L76
	cmp	QWORD PTR -32[rbp], -1
	jne	.L77
.L76:
	mov	eax, 0
	jmp	.L78
.L77:
	mov	rax, QWORD PTR -24[rbp]
	cqo
	idiv	QWORD PTR -32[rbp]
	mov	QWORD PTR -8[rbp], rdx
	cmp	QWORD PTR -8[rbp], 0
	jns	.L79
	mov	rax, QWORD PTR -32[rbp]
	mov	rdx, rax
	neg	rdx
	cmovs	rdx, rax
	mov	rax, QWORD PTR -8[rbp]
	add	rax, rdx
	jmp	.L78
.L79:
	mov	rax, QWORD PTR -8[rbp]
.L78:
	pop	rbp
	ret
	.size	euclid_mod, .-euclid_mod
	.globl	umul_hi32
	.type	umul_hi32, @function
umul_hi32:
	push	rbp
	mov	rbp, rsp
	mov	DWORD PTR -4[rbp], edi
	mov	DWORD PTR -8[rbp], esi
	mov	edx, DWORD PTR -4[rbp]
	mov	eax, DWORD PTR -8[rbp]
	imul	rax, rdx
	shr	rax, 32
	pop	rbp
	ret
	.size	umul_hi32, .-umul_hi32
	.globl	smul_hi64
	.type	smul_hi64, @function
smul_hi64:
	push	rbp
	mov	rbp, rsp
	push	rbx
	mov	QWORD PTR -24[rbp], rdi
	mov	QWORD PTR -32[rbp], rsi
	mov	rsi, QWORD PTR -24[rbp]
	mov	rcx, rsi
	sar	rsi, 63
	mov	rbx, rsi
	mov	rsi, QWORD PTR -32[rbp]
	mov	rax, rsi
	sar	rsi, 63
	mov	rdx, rsi
	mov	rdi, rbx
	imul	rdi, rax
	mov	rsi, rdx
	imul	rsi, rcx
	add	rsi, rdi
	mul	rcx
	lea	rcx, [rsi+rdx]
	mov	rdx, rcx
	mov	rax, rdx
	mov	rdx, rax
	sar	rdx, 63
	mov	rbx, QWORD PTR -8[rbp]
	leave
	ret
	.size	smul_hi64, .-smul_hi64
	.globl	u128_add_carry
	.type	u128_add_carry, @function
u128_add_carry:
	push	rbp
	mov	rbp, rsp
	push	r15
	push	r14
	push	r13
	push	r12
	push	rbx
	mov	QWORD PTR -104[rbp], rdi
	mov	QWORD PTR -112[rbp], rsi
	mov	QWORD PTR -120[rbp], rdx
	mov	QWORD PTR -128[rbp], rcx
	mov	rax, QWORD PTR -112[rbp]
	mov	r14, rax
	mov	r15d, 0
	mov	rax, r14
	mov	rdx, r15
	mov	rdx, rax
	mov	eax, 0
	mov	rcx, QWORD PTR -104[rbp]
	mov	r10, rcx
	mov	r11d, 0
	mov	rcx, rax
	or	rcx, r10
	mov	QWORD PTR -64[rbp], rcx
	mov	rax, rdx
	or	rax, r11
	mov	QWORD PTR -56[rbp], rax
	mov	rax, QWORD PTR -128[rbp]
	mov	r12, rax
	mov	r13d, 0
	mov	rax, r12
	mov	rdx, r13
	mov	rdx, rax
	mov	eax, 0
	mov	rcx, QWORD PTR -120[rbp]
	mov	r8, rcx
	mov	r9d, 0
	mov	rcx, rax
	or	rcx, r8
	mov	QWORD PTR -80[rbp], rcx
	mov	rax, rdx
	or	rax, r9
	mov	QWORD PTR -72[rbp], rax
	mov	rcx, QWORD PTR -64[rbp]
	mov	rbx, QWORD PTR -56[rbp]
	mov	rax, QWORD PTR -80[rbp]
	mov	rdx, QWORD PTR -72[rbp]
	add	rax, rcx
	adc	rdx, rbx
	mov	QWORD PTR -96[rbp], rax
	mov	QWORD PTR -88[rbp], rdx
	mov	rax, QWORD PTR -96[rbp]
	mov	rdx, QWORD PTR -88[rbp]
	mov	rax, rdx
	xor	edx, edx
	mov	rdx, rax
	mov	rax, QWORD PTR -96[rbp]
	xor	rax, rdx
	pop	rbx
	pop	r12
	pop	r13
	pop	r14
	pop	r15
	pop	rbp
	ret
	.size	u128_add_carry, .-u128_add_carry
	.globl	compare_u64
	.type	compare_u64, @function
compare_u64:
	push	rbp
	mov	rbp, rsp
	mov	QWORD PTR -8[rbp], rdi
	mov	QWORD PTR -16[rbp], rsi
	mov	rax, QWORD PTR -8[rbp]
	cmp	QWORD PTR -16[rbp], rax
	setb	al
	movzx	edx, al
	mov	rax, QWORD PTR -8[rbp]
	cmp	rax, QWORD PTR -16[rbp]
	setb	al
	movzx	eax, al
	sub	edx, eax
	mov	eax, edx
	pop	rbp
	ret
	.size	compare_u64, .-compare_u64
	.globl	compare_i64
	.type	compare_i64, @function
compare_i64:
	push	rbp
	mov	rbp, rsp
	mov	QWORD PTR -8[rbp], rdi
	mov	QWORD PTR -16[rbp], rsi
	mov	rax, QWORD PTR -8[rbp]
	cmp	rax, QWORD PTR -16[rbp]
	setg	al
	movzx	edx, al
	mov	rax, QWORD PTR -8[rbp]
	cmp	rax, QWORD PTR -16[rbp]
	setl	al
	movzx	eax, al
	sub	edx, eax
	mov	eax, edx
	pop	rbp
	ret
	.size	compare_i64, .-compare_i64
	.globl	clamp_u64
	.type	clamp_u64, @function
clamp_u64:
	push	rbp
	mov	rbp, rsp
	mov	QWORD PTR -8[rbp], rdi
	mov	QWORD PTR -16[rbp], rsi
	mov	QWORD PTR -24[rbp], rdx
	mov	rax, QWORD PTR -8[rbp]
	cmp	rax, QWORD PTR -16[rbp]
	jb	.L92
	mov	rdx, QWORD PTR -8[rbp]
	mov	rax, QWORD PTR -24[rbp]
	cmp	rdx, rax
	cmovbe	rax, rdx
	jmp	.L94
.L92:
	mov	rax, QWORD PTR -16[rbp]
.L94:
	pop	rbp
	ret
	.size	clamp_u64, .-clamp_u64
	.globl	sign_extend_24
	.type	sign_extend_24, @function
sign_extend_24:
	push	rbp
	mov	rbp, rsp
	mov	DWORD PTR -4[rbp], edi
	mov	eax, DWORD PTR -4[rbp]
	sal	eax, 8
	sar	eax, 8
	cdqe
	pop	rbp
	ret
	.size	sign_extend_24, .-sign_extend_24
	.globl	to_u32_saturate
	.type	to_u32_saturate, @function
to_u32_saturate:
	push	rbp
	mov	rbp, rsp
	mov	QWORD PTR -8[rbp], rdi
	cmp	QWORD PTR -8[rbp], 0
	js	.L98
	mov	eax, 4294967295
	cmp	QWORD PTR -8[rbp], rax
	jg	.L99
	mov	rax, QWORD PTR -8[rbp]
	jmp	.L102
.L99:
	mov	eax, -1
	jmp	.L102
.L98:
	mov	eax, 0
.L102:
	pop	rbp
	ret
	.size	to_u32_saturate, .-to_u32_saturate
	.globl	narrow_i8
	.type	narrow_i8, @function
narrow_i8:
	push	rbp
	mov	rbp, rsp
	mov	DWORD PTR -4[rbp], edi
	mov	eax, DWORD PTR -4[rbp]
	pop	rbp
	ret
	.size	narrow_i8, .-narrow_i8
	.globl	add_u16
	.type	add_u16, @function
add_u16:
	push	rbp
	mov	rbp, rsp
	mov	edx, edi
	mov	eax, esi
	mov	WORD PTR -4[rbp], dx
	mov	WORD PTR -8[rbp], ax
	movzx	edx, WORD PTR -4[rbp]
	movzx	eax, WORD PTR -8[rbp]
	add	eax, edx
	pop	rbp
	ret
	.size	add_u16, .-add_u16
	.globl	mul_i16
	.type	mul_i16, @function
mul_i16:
	push	rbp
	mov	rbp, rsp
	mov	edx, edi
	mov	eax, esi
	mov	WORD PTR -4[rbp], dx
	mov	WORD PTR -8[rbp], ax
	movzx	edx, WORD PTR -4[rbp]
	movzx	eax, WORD PTR -8[rbp]
	imul	eax, edx
	pop	rbp
	ret
	.size	mul_i16, .-mul_i16
	.globl	max_u8
	.type	max_u8, @function
max_u8:
	push	rbp
	mov	rbp, rsp
	mov	edx, edi
	mov	eax, esi
	mov	BYTE PTR -4[rbp], dl
	mov	BYTE PTR -8[rbp], al
	movzx	edx, BYTE PTR -8[rbp]
	movzx	eax, BYTE PTR -4[rbp]
	cmp	dl, al
	cmovnb	eax, edx
	pop	rbp
	ret
	.size	max_u8, .-max_u8
	.globl	is_negative_long
	.type	is_negative_long, @function
is_negative_long:
	push	rbp
	mov	rbp, rsp
	mov	QWORD PTR -8[rbp], rdi
	mov	rax, QWORD PTR -8[rbp]
	shr	rax, 63
	pop	rbp
	ret
	.size	is_negative_long, .-is_negative_long
	.ident	"GCC: (Debian 12.2.0-14+deb12u1) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
