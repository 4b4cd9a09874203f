	.file	"divconst.c"
	.intel_syntax noprefix
	.text
	.globl	div3
	.type	div3, @function
div3:
	mov	eax, edi
	mov	ecx, 3
	cdq
	idiv	ecx
	ret
	.size	div3, .-div3
	.globl	div7
	.type	div7, @function
div7:
	mov	eax, edi
	mov	ecx, 7
	cdq
	idiv	ecx
	ret
	.size	div7, .-div7
	.globl	mod10
	.type	mod10, @function
mod10:
	mov	eax, edi
	mov	ecx, 10
	cdq
	idiv	ecx
	mov	eax, edx
	ret
	.size	mod10, .-mod10
	.globl	udiv3
	.type	udiv3, @function
udiv3:
	mov	eax, edi
	mov	ecx, 3
	xor	edx, edx
	div	ecx
	ret
	.size	udiv3, .-udiv3
	.globl	udiv7
	.type	udiv7, @function
udiv7:
	mov	eax, edi
	mov	ecx, 7
	xor	edx, edx
	div	ecx
	ret
	.size	udiv7, .-udiv7
	.globl	umod10
	.type	umod10, @function
umod10:
	mov	eax, edi
	mov	ecx, 10
	xor	edx, edx
	div	ecx
	mov	eax, edx
	ret
	.size	umod10, .-umod10
	.globl	udiv10_64
	.type	udiv10_64, @function
udiv10_64:
	mov	rax, rdi
	mov	ecx, 10
	xor	edx, edx
	div	rcx
	ret
	.size	udiv10_64, .-udiv10_64
	.globl	div1000_64
	.type	div1000_64, @function
div1000_64:
	mov	rax, rdi
	mov	ecx, 1000
	cqo
	idiv	rcx
	ret
	.size	div1000_64, .-div1000_64
	.globl	div_pow2
	.type	div_pow2, @function
div_pow2:
	mov	eax, edi
	mov	ecx, 16
	cdq
	idiv	ecx
	ret
	.size	div_pow2, .-div_pow2
	.globl	mod_pow2
	.type	mod_pow2, @function
mod_pow2:
	mov	eax, edi
	mov	ecx, 16
	cdq
	idiv	ecx
	mov	eax, edx
	ret
	.size	mod_pow2, .-mod_pow2
	.globl	mod7_64
	.type	mod7_64, @function
mod7_64:
	mov	rax, rdi
	mov	ecx, 7
	cqo
	idiv	rcx
	mov	rax, rdx
	ret
	.size	mod7_64, .-mod7_64
	.globl	divisible_by_3
	.type	divisible_by_3, @function
divisible_by_3:
	mov	eax, edi
	mov	ecx, 3
	xor	edx, edx
	div	ecx
	xor	eax, eax
	test	edx, edx
	sete	al
	ret
	.size	divisible_by_3, .-divisible_by_3
	.globl	digit_sum_div
	.type	digit_sum_div, @function
digit_sum_div:
	mov	eax, edi
	xor	ecx, ecx
	mov	esi, 10
.L14:
	test	eax, eax
	je	.L17
	xor	edx, edx
	div	esi
	add	ecx, edx
	jmp	.L14
.L17:
	mov	eax, ecx
	ret
	.size	digit_sum_div, .-digit_sum_div
	.globl	udiv_by_large
	.type	udiv_by_large, @function
udiv_by_large:
	mov	eax, edi
	mov	ecx, 1000000007
	xor	edx, edx
	div	ecx
	ret
	.size	udiv_by_large, .-udiv_by_large
	.globl	div_neg5
	.type	div_neg5, @function
div_neg5:
	mov	eax, edi
	mov	ecx, -5
	cdq
	idiv	ecx
	ret
	.size	div_neg5, .-div_neg5
	.globl	udiv_u64_by_7
	.type	udiv_u64_by_7, @function
udiv_u64_by_7:
	mov	rax, rdi
	mov	ecx, 7
	xor	edx, edx
	div	rcx
	ret
	.size	udiv_u64_by_7, .-udiv_u64_by_7
	.globl	umod_u64_by_1e9
	.type	umod_u64_by_1e9, @function
umod_u64_by_1e9:
	mov	rax, rdi
	mov	ecx, 1000000000
	xor	edx, edx
	div	rcx
	mov	rax, rdx
	ret
	.size	umod_u64_by_1e9, .-umod_u64_by_1e9
	.globl	seconds_to_hms
	.type	seconds_to_hms, @function
seconds_to_hms:
	mov	ecx, 3600
	mov	eax, edi
	xor	edx, edx
	mov	esi, 60
	div	ecx
	xor	edx, edx
	imul	ecx, eax, 10000
	mov	eax, edi
	div	esi
	add	ecx, edx
	xor	edx, edx
	div	esi
	imul	edx, edx, 100
	lea	eax, [rcx+rdx]
	ret
	.size	seconds_to_hms, .-seconds_to_hms
	.globl	celsius_from_f
	.type	celsius_from_f, @function
celsius_from_f:
	lea	eax, -32[rdi]
	mov	ecx, 9
	lea	eax, [rax+rax*4]
	cdq
	idiv	ecx
	ret
	.size	celsius_from_f, .-celsius_from_f
	.globl	udiv16_by_5
	.type	udiv16_by_5, @function
udiv16_by_5:
	mov	eax, edi
	mov	ecx, 5
	xor	edx, edx
	div	cx
	ret
	.size	udiv16_by_5, .-udiv16_by_5
	.globl	u8_div_3
	.type	u8_div_3, @function
u8_div_3:
	mov	dl, 3
	movzx	eax, dil
	div	dl
	ret
	.size	u8_div_3, .-u8_div_3
	.globl	div_by_variable
	.type	div_by_variable, @function
div_by_variable:
	mov	rax, rdi
	test	rsi, rsi
	je	.L27
	mov	edx, 1
	sal	rdx, 63
	cmp	rdi, rdx
	jne	.L30
	cmp	rsi, -1
	je	.L29
.L30:
	cqo
	idiv	rsi
	mov	rsi, rax
	jmp	.L27
.L29:
	xor	esi, esi
.L27:
	mov	rax, rsi
	ret
	.size	div_by_variable, .-div_by_variable
	.globl	udiv_by_variable
	.type	udiv_by_variable, @function
udiv_by_variable:
	mov	eax, edi
	test	esi, esi
	je	.L35
	xor	edx, edx
	div	esi
	mov	esi, eax
.L35:
	mov	eax, esi
	ret
	.size	udiv_by_variable, .-udiv_by_variable
	.ident	"GCC: (Debian 12.2.0-14+deb12u1) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
