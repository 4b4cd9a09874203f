	.file	"divconst.c"
	.intel_syntax noprefix
	.text
	.p2align 4
	.globl	div3
	.type	div3, @function
div3:
	movsx	rax, edi
	sar	edi, 31
	imul	rax, rax, 1431655766
	shr	rax, 32
	sub	eax, edi
	ret
	.size	div3, .-div3
	.p2align 4
	.globl	div7
	.type	div7, @function
div7:
	movsx	rax, edi
	imul	rax, rax, -1840700269
	shr	rax, 32
	add	eax, edi
	sar	edi, 31
	sar	eax, 2
	sub	eax, edi
	ret
	.size	div7, .-div7
	.p2align 4
	.globl	mod10
	.type	mod10, @function
mod10:
	movsx	rax, edi
	mov	edx, edi
	imul	rax, rax, 1717986919
	sar	edx, 31
	sar	rax, 34
	sub	eax, edx
	lea	edx, [rax+rax*4]
	mov	eax, edi
	add	edx, edx
	sub	eax, edx
	ret
	.size	mod10, .-mod10
	.p2align 4
	.globl	udiv3
	.type	udiv3, @function
udiv3:
	mov	eax, edi
	mov	edx, 2863311531
	imul	rax, rdx
	shr	rax, 33
	ret
	.size	udiv3, .-udiv3
	.p2align 4
	.globl	udiv7
	.type	udiv7, @function
udiv7:
	mov	eax, edi
	imul	rax, rax, 613566757
	shr	rax, 32
	sub	edi, eax
	shr	edi
	add	eax, edi
	shr	eax, 2
	ret
	.size	udiv7, .-udiv7
	.p2align 4
	.globl	umod10
	.type	umod10, @function
umod10:
	mov	eax, edi
	mov	edx, 3435973837
	imul	rax, rdx
	shr	rax, 35
	lea	edx, [rax+rax*4]
	mov	eax, edi
	add	edx, edx
	sub	eax, edx
	ret
	.size	umod10, .-umod10
	.p2align 4
	.globl	udiv10_64
	.type	udiv10_64, @function
udiv10_64:
	movabs	rax, -3689348814741910323
	mul	rdi
	mov	rax, rdx
	shr	rax, 3
	ret
	.size	udiv10_64, .-udiv10_64
	.p2align 4
	.globl	div1000_64
	.type	div1000_64, @function
div1000_64:
	movabs	rax, 2361183241434822607
	imul	rdi
	sar	rdi, 63
	sar	rdx, 7
	mov	rax, rdx
	sub	rax, rdi
	ret
	.size	div1000_64, .-div1000_64
	.p2align 4
	.globl	div_pow2
	.type	div_pow2, @function
div_pow2:
	test	edi, edi
	lea	eax, 15[rdi]
	cmovns	eax, edi
	sar	eax, 4
	ret
	.size	div_pow2, .-div_pow2
	.p2align 4
	.globl	mod_pow2
	.type	mod_pow2, @function
mod_pow2:
	mov	edx, edi
	sar	edx, 31
	shr	edx, 28
	lea	eax, [rdi+rdx]
	and	eax, 15
	sub	eax, edx
	ret
	.size	mod_pow2, .-mod_pow2
	.p2align 4
	.globl	mod7_64
	.type	mod7_64, @function
mod7_64:
	movabs	rax, 5270498306774157605
	imul	rdi
	mov	rax, rdx
	mov	rdx, rdi
	sar	rdx, 63
	sar	rax
	sub	rax, rdx
	lea	rdx, 0[0+rax*8]
	sub	rdx, rax
	mov	rax, rdi
	sub	rax, rdx
	ret
	.size	mod7_64, .-mod7_64
	.p2align 4
	.globl	divisible_by_3
	.type	divisible_by_3, @function
divisible_by_3:
	imul	edi, edi, -1431655765
	xor	eax, eax
	cmp	edi, 1431655765
	setbe	al
	ret
	.size	divisible_by_3, .-divisible_by_3
	.p2align 4
	.globl	digit_sum_div
	.type	digit_sum_div, @function
digit_sum_div:
	xor	ecx, ecx
	test	edi, edi
	je	.L14
	mov	r8d, 3435973837
	.p2align 4,,10
	.p2align 3
.L16:
	mov	eax, edi
	mov	esi, edi
	imul	rax, r8
	shr	rax, 35
	lea	edx, [rax+rax*4]
	add	edx, edx
	sub	esi, edx
	mov	edx, edi
	mov	edi, eax
	add	ecx, esi
	cmp	edx, 9
	ja	.L16
.L14:
	mov	eax, ecx
	ret
	.size	digit_sum_div, .-digit_sum_div
	.p2align 4
	.globl	udiv_by_large
	.type	udiv_by_large, @function
udiv_by_large:
	mov	eax, edi
	imul	rax, rax, 316718691
	shr	rax, 32
	sub	edi, eax
	shr	edi
	add	eax, edi
	shr	eax, 29
	ret
	.size	udiv_by_large, .-udiv_by_large
	.p2align 4
	.globl	div_neg5
	.type	div_neg5, @function
div_neg5:
	movsx	rdx, edi
	sar	edi, 31
	imul	rdx, rdx, 1717986919
	mov	eax, edi
	sar	rdx, 33
	sub	eax, edx
	ret
	.size	div_neg5, .-div_neg5
	.p2align 4
	.globl	udiv_u64_by_7
	.type	udiv_u64_by_7, @function
udiv_u64_by_7:
	movabs	rax, 2635249153387078803
	mul	rdi
	sub	rdi, rdx
	shr	rdi
	lea	rax, [rdx+rdi]
	shr	rax, 2
	ret
	.size	udiv_u64_by_7, .-udiv_u64_by_7
	.p2align 4
	.globl	umod_u64_by_1e9
	.type	umod_u64_by_1e9, @function
umod_u64_by_1e9:
	movabs	rdx, 19342813113834067
	mov	rax, rdi
	shr	rax, 9
	mul	rdx
	mov	rax, rdx
	shr	rax, 11
	imul	rdx, rax, 1000000000
	mov	rax, rdi
	sub	rax, rdx
	ret
	.size	umod_u64_by_1e9, .-umod_u64_by_1e9
	.p2align 4
	.globl	seconds_to_hms
	.type	seconds_to_hms, @function
seconds_to_hms:
	mov	edx, edi
	mov	esi, 2290649225
	mov	eax, 2443359173
	imul	rax, rdx
	imul	rdx, rsi
	shr	rax, 43
	shr	rdx, 37
	imul	eax, eax, 10000
	imul	ecx, edx, 60
	sub	edi, ecx
	mov	ecx, edx
	imul	rcx, rsi
	add	eax, edi
	shr	rcx, 37
	imul	ecx, ecx, 60
	sub	edx, ecx
	imul	edx, edx, 100
	add	eax, edx
	ret
	.size	seconds_to_hms, .-seconds_to_hms
	.p2align 4
	.globl	celsius_from_f
	.type	celsius_from_f, @function
celsius_from_f:
	lea	edx, -160[rdi+rdi*4]
	movsx	rax, edx
	sar	edx, 31
	imul	rax, rax, 954437177
	sar	rax, 33
	sub	eax, edx
	ret
	.size	celsius_from_f, .-celsius_from_f
	.p2align 4
	.globl	udiv16_by_5
	.type	udiv16_by_5, @function
udiv16_by_5:
	movzx	eax, di
	imul	eax, eax, 52429
	shr	eax, 18
	ret
	.size	udiv16_by_5, .-udiv16_by_5
	.p2align 4
	.globl	u8_div_3
	.type	u8_div_3, @function
u8_div_3:
	mov	edx, -85
	mov	eax, edi
	mul	dl
	shr	ax, 9
	ret
	.size	u8_div_3, .-u8_div_3
	.p2align 4
	.globl	div_by_variable
	.type	div_by_variable, @function
div_by_variable:
	test	rsi, rsi
	je	.L28
	movabs	rdx, -9223372036854775808
	cmp	rdi, rdx
	jne	.L31
	cmp	rsi, -1
	jne	.L31
	xor	esi, esi
.L28:
	mov	rax, rsi
	ret
	.p2align 4,,10
	.p2align 3
.L31:
	mov	rax, rdi
	cqo
	idiv	rsi
	mov	rsi, rax
	mov	rax, rsi
	ret
	.size	div_by_variable, .-div_by_variable
	.p2align 4
	.globl	udiv_by_variable
	.type	udiv_by_variable, @function
udiv_by_variable:
	test	esi, esi
	je	.L36
	mov	eax, edi
	xor	edx, edx
	div	esi
	mov	esi, eax
.L36:
	mov	eax, esi
	ret
	.size	udiv_by_variable, .-udiv_by_variable
	.ident	"GCC: (Debian 12.2.0-14+deb12u1) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
