	.file	"divconst.c"
	.intel_syntax noprefix
	.text
	.globl	div3
	.type	div3, @function
div3:
	push	rbp
	mov	rbp, rsp
	mov	DWORD PTR -4[rbp], edi
	mov	eax, DWORD PTR -4[rbp]
	movsx	rdx, eax
	imul	rdx, rdx, 1431655766
	shr	rdx, 32
	sar	eax, 31
	sub	edx, eax
	mov	eax, edx
	pop	rbp
	ret
	.size	div3, .-div3
	.globl	div7
	.type	div7, @function
div7:
	push	rbp
	mov	rbp, rsp
	mov	DWORD PTR -4[rbp], edi
	mov	eax, DWORD PTR -4[rbp]
	movsx	rdx, eax
	imul	rdx, rdx, -1840700269
	shr	rdx, 32
	add	edx, eax
	sar	edx, 2
	sar	eax, 31
	sub	edx, eax
	mov	eax, edx
	pop	rbp
	ret
	.size	div7, .-div7
	.globl	mod10
	.type	mod10, @function
mod10:
	push	rbp
	mov	rbp, rsp
	mov	DWORD PTR -4[rbp], edi
	mov	ecx, DWORD PTR -4[rbp]
	movsx	rax, ecx
	imul	rax, rax, 1717986919
	shr	rax, 32
	mov	edx, eax
	sar	edx, 2
	mov	eax, ecx
	sar	eax, 31
	sub	edx, eax
	mov	eax, edx
	sal	eax, 2
	add	eax, edx
	add	eax, eax
	sub	ecx, eax
	mov	edx, ecx
	mov	eax, edx
	pop	rbp
	ret
	.size	mod10, .-mod10
	.globl	udiv3
	.type	udiv3, @function
udiv3:
	push	rbp
	mov	rbp, rsp
	mov	DWORD PTR -4[rbp], edi
	mov	eax, DWORD PTR -4[rbp]
	mov	edx, eax
	mov	eax, 2863311531
	imul	rax, rdx
	shr	rax, 32
	shr	eax
	pop	rbp
	ret
	.size	udiv3, .-udiv3
	.globl	udiv7
	.type	udiv7, @function
udiv7:
	push	rbp
	mov	rbp, rsp
	mov	DWORD PTR -4[rbp], edi
	mov	edx, DWORD PTR -4[rbp]
	mov	eax, edx
	imul	rax, rax, 613566757
	shr	rax, 32
	sub	edx, eax
	shr	edx
	add	eax, edx
	shr	eax, 2
	pop	rbp
	ret
	.size	udiv7, .-udiv7
	.globl	umod10
	.type	umod10, @function
umod10:
	push	rbp
	mov	rbp, rsp
	mov	DWORD PTR -4[rbp], edi
	mov	ecx, DWORD PTR -4[rbp]
	mov	edx, ecx
	mov	eax, 3435973837
	imul	rax, rdx
	shr	rax, 32
	mov	edx, eax
	shr	edx, 3
	mov	eax, edx
	sal	eax, 2
	add	eax, edx
	add	eax, eax
	sub	ecx, eax
	mov	edx, ecx
	mov	eax, edx
	pop	rbp
	ret
	.size	umod10, .-umod10
	.globl	udiv10_64
	.type	udiv10_64, @function
udiv10_64:
	push	rbp
	mov	rbp, rsp
	mov	QWORD PTR -8[rbp], rdi
	mov	rax, QWORD PTR -8[rbp]
	movabs	rdx, -3689348814741910323
	mul	rdx
	mov	rax, rdx
	shr	rax, 3
	pop	rbp
	ret
	.size	udiv10_64, .-udiv10_64
	.globl	div1000_64
	.type	div1000_64, @function
div1000_64:
	push	rbp
	mov	rbp, rsp
	mov	QWORD PTR -8[rbp], rdi
	mov	rcx, QWORD PTR -8[rbp]
	movabs	rdx, 2361183241434822607
	mov	rax, rcx
	imul	rdx
	sar	rdx, 7
	mov	rax, rcx
	sar	rax, 63
	sub	rdx, rax
	mov	rax, rdx
	pop	rbp
	ret
	.size	div1000_64, .-div1000_64
	.globl	div_pow2
	.type	div_pow2, @function
div_pow2:
	push	rbp
	mov	rbp, rsp
	mov	DWORD PTR -4[rbp], edi
	mov	eax, DWORD PTR -4[rbp]
	lea	edx, 15[rax]
	test	eax, eax
	cmovs	eax, edx
	sar	eax, 4
	pop	rbp
	ret
	.size	div_pow2, .-div_pow2
	.globl	mod_pow2
	.type	mod_pow2, @function
mod_pow2:
	push	rbp
	mov	rbp, rsp
	mov	DWORD PTR -4[rbp], edi
	mov	edx, DWORD PTR -4[rbp]
	mov	eax, edx
	sar	eax, 31
	shr	eax, 28
	add	edx, eax
	and	edx, 15
	sub	edx, eax
	mov	eax, edx
	pop	rbp
	ret
	.size	mod_pow2, .-mod_pow2
	.globl	mod7_64
	.type	mod7_64, @function
mod7_64:
	push	rbp
	mov	rbp, rsp
	mov	QWORD PTR -8[rbp], rdi
	mov	rcx, QWORD PTR -8[rbp]
	movabs	rdx, 5270498306774157605
	mov	rax, rcx
	imul	rdx
	mov	rax, rdx
	sar	rax
	mov	rdx, rcx
	sar	rdx, 63
	sub	rax, rdx
	mov	rdx, rax
	sal	rdx, 3
	sub	rdx, rax
	mov	rax, rcx
	sub	rax, rdx
	pop	rbp
	ret
	.size	mod7_64, .-mod7_64
	.globl	divisible_by_3
	.type	divisible_by_3, @function
divisible_by_3:
	push	rbp
	mov	rbp, rsp
	mov	DWORD PTR -4[rbp], edi
	mov	ecx, DWORD PTR -4[rbp]
	mov	edx, ecx
	mov	eax, 2863311531
	imul	rax, rdx
	shr	rax, 32
	mov	edx, eax
	shr	edx
	mov	eax, edx
	add	eax, eax
	add	eax, edx
	sub	ecx, eax
	mov	edx, ecx
	test	edx, edx
	sete	al
	movzx	eax, al
	pop	rbp
	ret
	.size	divisible_by_3, .-divisible_by_3
	.globl	digit_sum_div
	.type	digit_sum_div, @function
digit_sum_div:
	push	rbp
	mov	rbp, rsp
	mov	DWORD PTR -20[rbp], edi
	mov	DWORD PTR -4[rbp], 0
	jmp	.L26
.L27:
	mov	ecx, DWORD PTR -20[rbp]
	mov	edx, ecx
	mov	eax, 3435973837
	imul	rax, rdx
	shr	rax, 32
	mov	edx, eax
	shr	edx, 3
	mov	eax, edx
	sal	eax, 2
	add	eax, edx
	add	eax, eax
	sub	ecx, eax
	mov	edx, ecx
	mov	eax, DWORD PTR -4[rbp]
	add	eax, edx
	mov	DWORD PTR -4[rbp], eax
	mov	eax, DWORD PTR -20[rbp]
	mov	edx, eax
	mov	eax, 3435973837
	imul	rax, rdx
	shr	rax, 32
	shr	eax, 3
	mov	DWORD PTR -20[rbp], eax
.L26:
	cmp	DWORD PTR -20[rbp], 0
	jne	.L27
	mov	eax, DWORD PTR -4[rbp]
	pop	rbp
	ret
	.size	digit_sum_div, .-digit_sum_div
	.globl	udiv_by_large
	.type	udiv_by_large, @function
udiv_by_large:
	push	rbp
	mov	rbp, rsp
	mov	DWORD PTR -4[rbp], edi
	mov	edx, DWORD PTR -4[rbp]
	mov	eax, edx
	imul	rax, rax, 316718691
	shr	rax, 32
	sub	edx, eax
	shr	edx
	add	eax, edx
	shr	eax, 29
	pop	rbp
	ret
	.size	udiv_by_large, .-udiv_by_large
	.globl	div_neg5
	.type	div_neg5, @function
div_neg5:
	push	rbp
	mov	rbp, rsp
	mov	DWORD PTR -4[rbp], edi
	mov	eax, DWORD PTR -4[rbp]
	movsx	rdx, eax
	imul	rdx, rdx, 1717986919
	shr	rdx, 32
	sar	edx
	sar	eax, 31
	sub	eax, edx
	pop	rbp
	ret
	.size	div_neg5, .-div_neg5
	.globl	udiv_u64_by_7
	.type	udiv_u64_by_7, @function
udiv_u64_by_7:
	push	rbp
	mov	rbp, rsp
	mov	QWORD PTR -8[rbp], rdi
	mov	rcx, QWORD PTR -8[rbp]
	movabs	rdx, 2635249153387078803
	mov	rax, rcx
	mul	rdx
	mov	rax, rcx
	sub	rax, rdx
	shr	rax
	add	rax, rdx
	shr	rax, 2
	pop	rbp
	ret
	.size	udiv_u64_by_7, .-udiv_u64_by_7
	.globl	umod_u64_by_1e9
	.type	umod_u64_by_1e9, @function
umod_u64_by_1e9:
	push	rbp
	mov	rbp, rsp
	mov	QWORD PTR -8[rbp], rdi
	mov	rcx, QWORD PTR -8[rbp]
	mov	rax, rcx
	shr	rax, 9
	movabs	rdx, 19342813113834067
	mul	rdx
	mov	rax, rdx
	shr	rax, 11
	imul	rdx, rax, 1000000000
	mov	rax, rcx
	sub	rax, rdx
	pop	rbp
	ret
	.size	umod_u64_by_1e9, .-umod_u64_by_1e9
	.globl	seconds_to_hms
	.type	seconds_to_hms, @function
seconds_to_hms:
	push	rbp
	mov	rbp, rsp
	mov	DWORD PTR -4[rbp], edi
	mov	eax, DWORD PTR -4[rbp]
	mov	edx, eax
	mov	eax, 2443359173
	imul	rax, rdx
	shr	rax, 32
	shr	eax, 11
	imul	ecx, eax, 10000
	mov	eax, DWORD PTR -4[rbp]
	mov	edx, eax
	mov	eax, 2290649225
	imul	rax, rdx
	shr	rax, 32
	mov	esi, eax
	shr	esi, 5
	mov	edx, esi
	mov	eax, 2290649225
	imul	rax, rdx
	shr	rax, 32
	shr	eax, 5
	imul	edx, eax, 60
	mov	eax, esi
	sub	eax, edx
	imul	eax, eax, 100
	lea	esi, [rcx+rax]
	mov	ecx, DWORD PTR -4[rbp]
	mov	edx, ecx
	mov	eax, 2290649225
	imul	rax, rdx
	shr	rax, 32
	shr	eax, 5
	imul	edx, eax, 60
	mov	eax, ecx
	sub	eax, edx
	add	eax, esi
	pop	rbp
	ret
	.size	seconds_to_hms, .-seconds_to_hms
	.globl	celsius_from_f
	.type	celsius_from_f, @function
celsius_from_f:
	push	rbp
	mov	rbp, rsp
	mov	DWORD PTR -4[rbp], edi
	mov	eax, DWORD PTR -4[rbp]
	lea	edx, -32[rax]
	mov	eax, edx
	sal	eax, 2
	add	eax, edx
	movsx	rdx, eax
	imul	rdx, rdx, 954437177
	shr	rdx, 32
	sar	edx
	sar	eax, 31
	sub	edx, eax
	mov	eax, edx
	pop	rbp
	ret
	.size	celsius_from_f, .-celsius_from_f
	.globl	udiv16_by_5
	.type	udiv16_by_5, @function
udiv16_by_5:
	push	rbp
	mov	rbp, rsp
	mov	eax, edi
	mov	WORD PTR -4[rbp], ax
	movzx	eax, WORD PTR -4[rbp]
	movzx	eax, ax
	imul	eax, eax, 52429
	shr	eax, 16
	shr	ax, 2
	pop	rbp
	ret
	.size	udiv16_by_5, .-udiv16_by_5
	.globl	u8_div_3
	.type	u8_div_3, @function
u8_div_3:
	push	rbp
	mov	rbp, rsp
	mov	eax, edi
	mov	BYTE PTR -4[rbp], al
	movzx	eax, BYTE PTR -4[rbp]
	mov	edx, -85
	mul	dl
	shr	ax, 8
	shr	al
	pop	rbp
	ret
	.size	u8_div_3, .-u8_div_3
	.globl	div_by_variable
	.type	div_by_variable, @function
div_by_variable:
	push	rbp
	mov	rbp, rsp
	mov	QWORD PTR -8[rbp], rdi
	mov	QWORD PTR -16[rbp], rsi
	cmp	QWORD PTR -16[rbp], 0
	je	.L46
	movabs	rax, -9223372036854775808
	cmp	QWORD PTR -8[rbp], rax
	jne	.L47
	cmp	QWORD PTR -16[rbp], -1
	je	.L46
.L47:
	mov	rax, QWORD PTR -8[rbp]
	cqo
	idiv	QWORD PTR -16[rbp]
	jmp	.L49
.L46:
	mov	eax, 0
.L49:
	pop	rbp
	ret
	.size	div_by_variable, .-div_by_variable
	.globl	udiv_by_variable
	.type	udiv_by_variable, @function
udiv_by_variable:
	push	rbp
	mov	rbp, rsp
	mov	DWORD PTR -4[rbp], edi
	mov	DWORD PTR -8[rbp], esi
	cmp	DWORD PTR -8[rbp], 0
	je	.L51
	mov	eax, DWORD PTR -4[rbp]
	mov	edx, 0
	div	DWORD PTR -8[rbp]
	jmp	.L53
.L51:
	mov	eax, 0
.L53:
	pop	rbp
	ret
	.size	udiv_by_variable, .-udiv_by_variable
	.ident	"GCC: (Debian 12.2.0-14+deb12u1) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
