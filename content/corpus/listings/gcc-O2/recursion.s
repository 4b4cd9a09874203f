	.file	"recursion.c"
	.intel_syntax noprefix
	.text
	.p2align 4
	.globl	factorial
	.type	factorial, @function
factorial:
	cmp	edi, 1
	jbe	.L4
	mov	edi, edi
	mov	eax, 1
	.p2align 4,,10
	.p2align 3
.L3:
	imul	rax, rdi
	sub	rdi, 1
	cmp	edi, 1
	jne	.L3
	ret
	.p2align 4,,10
	.p2align 3
.L4:
	mov	eax, 1
	ret
	.size	factorial, .-factorial
	.p2align 4
	.globl	fib
	.type	fib, @function
fib:
	push	r15
	mov	r15d, edi
	push	r14
	push	r13
	push	r12
	push	rbp
	push	rbx
	sub	rsp, 104
	cmp	edi, 1
	jle	.L8
	lea	edx, -1[rdi]
	mov	r13d, edi
	xor	ebx, ebx
	mov	eax, edx
	and	eax, -2
	sub	r13d, eax
	mov	eax, edx
	mov	r12d, r13d
	cmp	r15d, r12d
	je	.L9
.L51:
	sub	r15d, 2
	mov	ebp, eax
	mov	DWORD PTR 32[rsp], ebx
	xor	r13d, r13d
	mov	edx, r15d
	mov	DWORD PTR 36[rsp], r12d
	mov	r14d, r15d
	and	edx, -2
	sub	ebp, edx
	mov	r12d, ebp
.L32:
	lea	ecx, -1[rax]
	mov	edi, ecx
	cmp	eax, r12d
	je	.L10
.L50:
	lea	esi, -2[rax]
	mov	edx, ecx
	mov	DWORD PTR 40[rsp], r13d
	xor	ebx, ebx
	mov	eax, esi
	mov	DWORD PTR 44[rsp], r12d
	mov	r15d, r14d
	mov	r8d, esi
	and	eax, -2
	mov	r14d, ebx
	sub	edx, eax
	mov	DWORD PTR 64[rsp], edx
.L30:
	mov	edx, DWORD PTR 64[rsp]
	lea	ecx, -1[rdi]
	mov	eax, ecx
	cmp	edi, edx
	je	.L11
	lea	ecx, -2[rdi]
	mov	esi, eax
	xor	ebx, ebx
	mov	edi, ecx
	mov	DWORD PTR 48[rsp], ecx
	and	edi, -2
	sub	esi, edi
	mov	DWORD PTR 60[rsp], esi
	mov	esi, r15d
	mov	r15d, ebx
	mov	ebx, esi
.L28:
	lea	r9d, -1[rax]
	mov	r10d, r9d
	cmp	DWORD PTR 60[rsp], eax
	je	.L12
	lea	r9d, -2[rax]
	mov	r13d, r10d
	xor	r12d, r12d
	mov	DWORD PTR 52[rsp], r8d
	mov	eax, r9d
	mov	DWORD PTR 56[rsp], r9d
	mov	esi, r15d
	mov	r8d, r14d
	and	eax, -2
	mov	r15d, r10d
	mov	r14d, r12d
	sub	r13d, eax
	mov	ebp, r13d
.L26:
	lea	r11d, -1[r15]
	mov	eax, r11d
	cmp	ebp, r15d
	je	.L13
	sub	r15d, 2
	mov	ecx, r11d
	xor	r12d, r12d
	mov	r10d, r8d
	mov	edi, r15d
	mov	r13d, esi
	and	edi, -2
	sub	ecx, edi
	mov	DWORD PTR 16[rsp], ecx
.L24:
	mov	edx, DWORD PTR 16[rsp]
	lea	edi, -1[rax]
	mov	ecx, edi
	cmp	eax, edx
	je	.L14
	lea	r11d, -2[rax]
	lea	edi, -3[rax]
	mov	edx, ecx
	xor	esi, esi
	mov	eax, r11d
	and	eax, -2
	sub	edx, eax
	mov	DWORD PTR 28[rsp], edx
.L22:
	mov	edx, DWORD PTR 28[rsp]
	lea	eax, -1[rcx]
	mov	r8d, eax
	cmp	ecx, edx
	je	.L15
	mov	eax, edi
	mov	edx, r8d
	mov	DWORD PTR 20[rsp], ecx
	and	eax, -2
	mov	DWORD PTR 24[rsp], r15d
	mov	r15d, ebx
	mov	ebx, edi
	sub	edx, eax
	mov	DWORD PTR 12[rsp], edx
	xor	edx, edx
.L20:
	mov	eax, DWORD PTR 12[rsp]
	lea	r9d, -1[r8]
	cmp	r8d, eax
	je	.L16
	xor	ecx, ecx
.L17:
	lea	edi, -1[r9]
	mov	DWORD PTR 92[rsp], r11d
	mov	DWORD PTR 88[rsp], ecx
	mov	DWORD PTR 84[rsp], edx
	mov	DWORD PTR 80[rsp], r8d
	mov	DWORD PTR 76[rsp], esi
	mov	DWORD PTR 72[rsp], r10d
	mov	DWORD PTR 68[rsp], r9d
	call	fib
	mov	r9d, DWORD PTR 68[rsp]
	mov	ecx, DWORD PTR 88[rsp]
	mov	r10d, DWORD PTR 72[rsp]
	mov	esi, DWORD PTR 76[rsp]
	sub	r9d, 2
	add	ecx, eax
	mov	r8d, DWORD PTR 80[rsp]
	mov	edx, DWORD PTR 84[rsp]
	cmp	r9d, 1
	mov	r11d, DWORD PTR 92[rsp]
	jg	.L17
	lea	edi, -3[r8]
	sub	r8d, 2
	and	edi, 1
	add	edi, ecx
	add	edx, edi
	cmp	r8d, 1
	jg	.L20
	mov	edi, ebx
	mov	ecx, DWORD PTR 20[rsp]
	mov	ebx, r15d
	mov	r15d, DWORD PTR 24[rsp]
.L19:
	add	r8d, edx
	sub	ecx, 2
	sub	edi, 2
	add	esi, r8d
	cmp	ecx, 1
	jg	.L22
	add	ecx, esi
	mov	eax, r11d
	add	r12d, ecx
	cmp	r11d, 1
	jg	.L24
.L48:
	mov	r8d, r10d
	mov	esi, r13d
.L23:
	add	eax, r12d
	add	r14d, eax
	cmp	r15d, 1
	jg	.L26
	mov	r12d, r14d
	mov	r9d, DWORD PTR 56[rsp]
	mov	r14d, r8d
	mov	r8d, DWORD PTR 52[rsp]
	mov	r10d, r15d
	mov	r15d, esi
.L25:
	add	r10d, r12d
	mov	eax, r9d
	add	r15d, r10d
	cmp	r9d, 1
	jg	.L28
	mov	esi, ebx
	mov	ecx, DWORD PTR 48[rsp]
	mov	ebx, r15d
	mov	r15d, esi
.L27:
	add	ebx, eax
	mov	edi, ecx
	add	r14d, ebx
	cmp	ecx, 1
	jg	.L30
	mov	ebx, r14d
	mov	r13d, DWORD PTR 40[rsp]
	mov	esi, r8d
	mov	r12d, DWORD PTR 44[rsp]
	add	ebx, edi
	mov	r14d, r15d
	mov	eax, esi
	add	r13d, ebx
	cmp	esi, 1
	jg	.L32
.L49:
	mov	ebx, DWORD PTR 32[rsp]
	add	eax, r13d
	mov	r15d, r14d
	mov	r12d, DWORD PTR 36[rsp]
	add	ebx, eax
	cmp	r15d, 1
	jg	.L47
.L44:
	add	r15d, ebx
	jmp	.L8
	.p2align 4,,10
	.p2align 3
.L14:
	mov	r8d, r10d
	mov	esi, r13d
	sub	eax, 2
	add	r12d, edi
	jmp	.L23
	.p2align 4,,10
	.p2align 3
.L15:
	add	esi, eax
	sub	ecx, 2
	mov	eax, r11d
	add	ecx, esi
	add	r12d, ecx
	cmp	r11d, 1
	jg	.L24
	jmp	.L48
	.p2align 4,,10
	.p2align 3
.L16:
	mov	edi, ebx
	mov	ecx, DWORD PTR 20[rsp]
	mov	ebx, r15d
	sub	r8d, 2
	mov	r15d, DWORD PTR 24[rsp]
	add	edx, r9d
	jmp	.L19
.L13:
	mov	r10d, r15d
	mov	r12d, r14d
	mov	r9d, DWORD PTR 56[rsp]
	mov	r14d, r8d
	mov	r15d, esi
	mov	r8d, DWORD PTR 52[rsp]
	sub	r10d, 2
	add	r12d, r11d
	jmp	.L25
.L12:
	mov	edx, ebx
	mov	ebx, r15d
	mov	ecx, DWORD PTR 48[rsp]
	sub	eax, 2
	mov	r15d, edx
	add	ebx, r9d
	jmp	.L27
.L11:
	mov	ebx, r14d
	mov	r13d, DWORD PTR 40[rsp]
	sub	edi, 2
	mov	esi, r8d
	add	ebx, ecx
	mov	r12d, DWORD PTR 44[rsp]
	mov	r14d, r15d
	mov	eax, esi
	add	ebx, edi
	add	r13d, ebx
	cmp	esi, 1
	jle	.L49
	lea	ecx, -1[rax]
	mov	edi, ecx
	cmp	eax, r12d
	jne	.L50
.L10:
	mov	ebx, DWORD PTR 32[rsp]
	sub	eax, 2
	add	r13d, ecx
	mov	r15d, r14d
	add	eax, r13d
	mov	r12d, DWORD PTR 36[rsp]
	add	ebx, eax
	cmp	r15d, 1
	jle	.L44
.L47:
	lea	edx, -1[r15]
	mov	eax, edx
	cmp	r15d, r12d
	jne	.L51
.L9:
	add	edx, ebx
	lea	r15d, -2[r15+rdx]
.L8:
	add	rsp, 104
	mov	eax, r15d
	pop	rbx
	pop	rbp
	pop	r12
	pop	r13
	pop	r14
	pop	r15
	ret
	.size	fib, .-fib
	.p2align 4
	.globl	gcd_recursive
	.type	gcd_recursive, @function
gcd_recursive:
	mov	eax, edi
	test	esi, esi
	jne	.L53
	jmp	.L60
	.p2align 4,,10
	.p2align 3
.L61:
	mov	esi, edx
.L53:
	cdq
	idiv	esi
	mov	eax, esi
	test	edx, edx
	jne	.L61
	mov	eax, esi
	neg	eax
	cmovs	eax, esi
	ret
	.p2align 4,,10
	.p2align 3
.L60:
	mov	esi, edi
	mov	eax, esi
	neg	eax
	cmovs	eax, esi
	ret
	.size	gcd_recursive, .-gcd_recursive
	.p2align 4
	.globl	ackermann
	.type	ackermann, @function
ackermann:
	test	edi, edi
	je	.L237
	push	r15
	push	r14
	mov	r14d, edi
	push	r13
	push	r12
	push	rbp
	push	rbx
	sub	rsp, 24
	test	esi, esi
	jne	.L235
	lea	r9d, -1[r14]
	mov	esi, 1
	test	r9d, r9d
	je	.L63
.L247:
	test	esi, esi
	jne	.L120
	mov	esi, 1
	sub	r14d, 2
	je	.L63
.L235:
	sub	esi, 1
	test	esi, esi
	jne	.L238
	lea	r9d, -1[r14]
	mov	eax, 1
	mov	ebx, r9d
	test	r9d, r9d
	je	.L68
.L69:
	mov	r8d, ebx
	cmp	eax, 1
	jne	.L239
.L71:
	mov	eax, 1
	sub	ebx, 1
	je	.L75
	.p2align 4,,10
	.p2align 3
.L76:
	mov	ecx, ebx
	cmp	eax, 1
	jne	.L240
.L78:
	mov	eax, 1
	sub	ebx, 1
	je	.L82
	.p2align 4,,10
	.p2align 3
.L83:
	mov	edx, ebx
	cmp	eax, 1
	jne	.L241
.L85:
	mov	eax, 1
	sub	ebx, 1
	je	.L89
	.p2align 4,,10
	.p2align 3
.L90:
	mov	r15d, ebx
	cmp	eax, 1
	jne	.L242
.L92:
	mov	eax, 1
	sub	ebx, 1
	je	.L96
	.p2align 4,,10
	.p2align 3
.L97:
	mov	r13d, ebx
	cmp	eax, 1
	jne	.L243
.L99:
	mov	eax, 1
	sub	ebx, 1
	je	.L103
.L138:
	mov	r12d, ebx
.L106:
	mov	eax, 1
	sub	ebx, 1
	je	.L110
.L231:
	mov	ebp, ebx
.L236:
	sub	eax, 1
	mov	edi, ebp
	sub	ebp, 1
	test	eax, eax
	je	.L140
.L245:
	lea	esi, -1[rax]
	mov	DWORD PTR 12[rsp], r9d
	mov	DWORD PTR 8[rsp], edx
	mov	DWORD PTR 4[rsp], r8d
	mov	DWORD PTR [rsp], ecx
	call	ackermann
	mov	ecx, DWORD PTR [rsp]
	mov	r8d, DWORD PTR 4[rsp]
	mov	edx, DWORD PTR 8[rsp]
	mov	r9d, DWORD PTR 12[rsp]
	test	ebp, ebp
	jne	.L115
	.p2align 4,,10
	.p2align 3
.L246:
	mov	ebp, ebx
	add	eax, 1
	sub	ebp, 1
	je	.L110
	test	eax, eax
	jne	.L244
	mov	eax, 1
	sub	ebx, 2
	jne	.L231
.L110:
	mov	ebx, r12d
	add	eax, 1
	sub	ebx, 1
	je	.L103
	test	eax, eax
	jne	.L104
	mov	ebx, r12d
	mov	eax, 1
	sub	ebx, 2
	je	.L103
.L104:
	cmp	eax, 1
	je	.L138
	mov	ebp, ebx
	sub	eax, 2
	mov	r12d, ebx
	.p2align 4,,10
	.p2align 3
.L115:
	mov	edi, ebp
	sub	ebp, 1
	test	eax, eax
	jne	.L245
.L140:
	mov	eax, 1
	test	ebp, ebp
	jne	.L115
	jmp	.L246
	.p2align 4,,10
	.p2align 3
.L103:
	mov	ebx, r13d
	add	eax, 1
	sub	ebx, 1
	je	.L96
	test	eax, eax
	jne	.L97
	mov	ebx, r13d
	mov	eax, 1
	sub	ebx, 2
	jne	.L97
.L96:
	mov	ebx, r15d
	add	eax, 1
	sub	ebx, 1
	je	.L89
	test	eax, eax
	jne	.L90
	mov	ebx, r15d
	mov	eax, 1
	sub	ebx, 2
	jne	.L90
.L89:
	mov	ebx, edx
	add	eax, 1
	sub	ebx, 1
	je	.L82
	test	eax, eax
	jne	.L83
	sub	edx, 2
	mov	eax, 1
	mov	ebx, edx
	jne	.L83
.L82:
	mov	ebx, ecx
	add	eax, 1
	sub	ebx, 1
	je	.L75
	test	eax, eax
	jne	.L76
	sub	ecx, 2
	mov	eax, 1
	mov	ebx, ecx
	jne	.L76
.L75:
	mov	ebx, r8d
	add	eax, 1
	sub	ebx, 1
	je	.L68
	test	eax, eax
	jne	.L69
	mov	ebx, r8d
	mov	eax, 1
	sub	ebx, 2
	jne	.L69
.L68:
	lea	esi, 1[rax]
	test	r9d, r9d
	jne	.L247
.L63:
	add	rsp, 24
	lea	eax, 1[rsi]
	pop	rbx
	pop	rbp
	pop	r12
	pop	r13
	pop	r14
	pop	r15
	ret
	.p2align 4,,10
	.p2align 3
.L243:
	sub	eax, 2
.L109:
	mov	r12d, ebx
	test	eax, eax
	je	.L106
	jmp	.L231
	.p2align 4,,10
	.p2align 3
.L242:
	sub	eax, 2
.L102:
	mov	r13d, ebx
	test	eax, eax
	je	.L99
	sub	eax, 1
	jmp	.L109
	.p2align 4,,10
	.p2align 3
.L241:
	sub	eax, 2
.L95:
	mov	r15d, ebx
	test	eax, eax
	je	.L92
	sub	eax, 1
	jmp	.L102
	.p2align 4,,10
	.p2align 3
.L240:
	sub	eax, 2
.L88:
	mov	edx, ebx
	test	eax, eax
	je	.L85
	sub	eax, 1
	jmp	.L95
	.p2align 4,,10
	.p2align 3
.L238:
	cmp	esi, 1
	jne	.L248
	mov	r8d, r14d
	mov	ebx, r14d
	lea	r9d, -1[r14]
	jmp	.L71
	.p2align 4,,10
	.p2align 3
.L239:
	sub	eax, 2
.L81:
	mov	ecx, ebx
	test	eax, eax
	je	.L78
	sub	eax, 1
	jmp	.L88
	.p2align 4,,10
	.p2align 3
.L237:
	lea	eax, 1[rsi]
	ret
.L120:
	mov	r14d, r9d
	jmp	.L235
.L244:
	mov	ebx, ebp
	jmp	.L236
.L248:
	lea	eax, -2[rsi]
	mov	r8d, r14d
	lea	r9d, -1[r14]
	mov	ebx, r14d
	jmp	.L81
	.size	ackermann, .-ackermann
	.p2align 4
	.globl	power
	.type	power, @function
power:
	mov	eax, 1
	test	esi, esi
	jne	.L276
	ret
	.p2align 4,,10
	.p2align 3
.L276:
	push	r13
	push	r12
	push	rbp
	mov	ebp, esi
	push	rbx
	mov	ebx, esi
	sub	rsp, 24
	shr	ebp
	je	.L251
	mov	r12d, esi
	shr	r12d, 2
	jne	.L277
.L252:
	and	ebp, 1
	je	.L256
	imul	rax, rdi
.L256:
	imul	rax, rax
	and	ebx, 1
	jne	.L278
	add	rsp, 24
	pop	rbx
	pop	rbp
	pop	r12
	pop	r13
	ret
	.p2align 4,,10
	.p2align 3
.L278:
	imul	rdi, rax
.L251:
	add	rsp, 24
	mov	rax, rdi
	pop	rbx
	pop	rbp
	pop	r12
	pop	r13
	ret
	.p2align 4,,10
	.p2align 3
.L277:
	mov	r13d, esi
	shr	r13d, 3
	je	.L253
	shr	esi, 4
	mov	QWORD PTR 8[rsp], rdi
	call	power
	mov	rdi, QWORD PTR 8[rsp]
	imul	rax, rax
	and	r13d, 1
	je	.L254
	imul	rax, rdi
	imul	rax, rax
.L253:
	and	r12d, 1
	je	.L255
	imul	rax, rdi
	imul	rax, rax
	jmp	.L252
	.p2align 4,,10
	.p2align 3
.L255:
	imul	rax, rax
	jmp	.L252
	.p2align 4,,10
	.p2align 3
.L254:
	imul	rax, rax
	jmp	.L253
	.size	power, .-power
	.p2align 4
	.globl	digit_sum
	.type	digit_sum, @function
digit_sum:
	xor	esi, esi
	cmp	edi, 9
	jbe	.L280
	mov	r8d, 3435973837
	.p2align 4,,10
	.p2align 3
.L281:
	mov	edx, edi
	imul	rdx, r8
	shr	rdx, 35
	lea	ecx, [rdx+rdx*4]
	mov	eax, edx
	mov	edx, edi
	add	ecx, ecx
	sub	edx, ecx
	mov	ecx, edi
	mov	edi, eax
	add	esi, edx
	cmp	ecx, 99
	ja	.L281
.L280:
	lea	eax, [rdi+rsi]
	ret
	.size	digit_sum, .-digit_sum
	.p2align 4
	.globl	binomial
	.type	binomial, @function
binomial:
	push	r15
	push	r14
	push	r13
	push	r12
	push	rbp
	push	rbx
	sub	rsp, 120
	test	esi, esi
	js	.L328
	mov	r12d, edi
	mov	r9d, esi
	cmp	edi, esi
	jl	.L328
	je	.L329
	test	esi, esi
	je	.L329
	lea	eax, -9[rsi]
	xor	ebp, ebp
	mov	DWORD PTR 44[rsp], eax
.L286:
	mov	eax, r12d
	sub	r12d, 1
	cmp	r9d, eax
	jg	.L287
	cmp	r9d, 1
	je	.L330
	cmp	r9d, eax
	lea	edx, -2[r9]
	sete	cl
	xor	r14d, r14d
	test	cl, cl
	jne	.L330
	mov	DWORD PTR 64[rsp], r12d
	mov	r15d, edx
	mov	QWORD PTR 48[rsp], rbp
	mov	ebp, r12d
.L290:
	mov	ecx, ebp
	sub	ebp, 1
	cmp	ebp, r15d
	jl	.L291
	je	.L331
	test	r15d, r15d
	lea	esi, -3[r9]
	sete	dil
	xor	r12d, r12d
	test	dil, dil
	jne	.L331
	mov	DWORD PTR 68[rsp], ecx
	mov	r13d, ebp
	mov	eax, r15d
	mov	QWORD PTR 56[rsp], r14
	mov	r14d, esi
.L294:
	sub	r13d, 1
	cmp	r13d, r14d
	jl	.L295
	je	.L332
	test	r14d, r14d
	lea	edx, -4[r9]
	mov	r15d, r13d
	sete	r10b
	xor	ebx, ebx
	test	r10b, r10b
	jne	.L332
	mov	QWORD PTR 72[rsp], r12
	mov	DWORD PTR 84[rsp], eax
	mov	DWORD PTR 80[rsp], ebp
	mov	ebp, r14d
	mov	r14d, edx
.L298:
	sub	r15d, 1
	cmp	r15d, r14d
	jl	.L299
	test	r14d, r14d
	je	.L333
	cmp	r15d, r14d
	lea	edx, -5[r9]
	sete	r11b
	xor	r12d, r12d
	test	r11b, r11b
	jne	.L333
	mov	DWORD PTR 88[rsp], r13d
	mov	DWORD PTR 92[rsp], r15d
	mov	QWORD PTR 96[rsp], rbx
	mov	DWORD PTR 104[rsp], ebp
	mov	ebp, r15d
.L302:
	sub	ebp, 1
	cmp	ebp, edx
	jl	.L303
	je	.L334
	test	edx, edx
	lea	esi, -6[r9]
	lea	edi, -7[r9]
	sete	al
	xor	r13d, r13d
	test	al, al
	jne	.L334
	mov	DWORD PTR 108[rsp], ebp
	mov	eax, edx
	mov	rcx, r12
	mov	edx, r14d
	mov	r12d, ebp
	mov	r14d, eax
.L306:
	sub	r12d, 1
	cmp	r12d, esi
	jl	.L307
	je	.L335
	mov	ebp, r12d
	xor	ebx, ebx
	lea	r8d, -8[r9]
	test	esi, esi
	je	.L335
	mov	DWORD PTR 4[rsp], r12d
	mov	r12d, esi
	mov	esi, edx
	mov	rdx, r13
.L310:
	sub	ebp, 1
	cmp	ebp, edi
	jl	.L311
	je	.L336
	xor	r15d, r15d
	test	edi, edi
	je	.L336
	mov	DWORD PTR [rsp], edi
	mov	r11d, r12d
	mov	r10d, r14d
	mov	r12d, r8d
	mov	edi, ebp
	mov	r8, rbx
.L314:
	sub	ebp, 1
	cmp	ebp, r12d
	jl	.L315
	test	r12d, r12d
	je	.L337
	xor	ebx, ebx
	cmp	ebp, r12d
	je	.L337
	mov	QWORD PTR 8[rsp], rdx
	mov	r13d, edi
	mov	r14, r8
	mov	edi, ebp
	mov	DWORD PTR 16[rsp], esi
.L318:
	mov	esi, DWORD PTR 44[rsp]
	sub	edi, 1
	mov	DWORD PTR 40[rsp], r9d
	mov	QWORD PTR 32[rsp], rcx
	mov	DWORD PTR 28[rsp], r11d
	mov	DWORD PTR 24[rsp], r10d
	mov	DWORD PTR 20[rsp], edi
	call	binomial
	mov	edi, DWORD PTR 20[rsp]
	mov	r10d, DWORD PTR 24[rsp]
	add	rbx, rax
	mov	r11d, DWORD PTR 28[rsp]
	mov	rcx, QWORD PTR 32[rsp]
	cmp	edi, r12d
	mov	r9d, DWORD PTR 40[rsp]
	jl	.L365
	jne	.L318
	mov	rdx, QWORD PTR 8[rsp]
	mov	esi, DWORD PTR 16[rsp]
	mov	edi, r13d
	mov	r8, r14
	lea	r15, 1[rbx+r15]
.L315:
	mov	eax, DWORD PTR [rsp]
	cmp	ebp, eax
	jl	.L366
	jne	.L314
	mov	rbx, r8
	mov	ebp, edi
	mov	edi, DWORD PTR [rsp]
	mov	r8d, r12d
	mov	r14d, r10d
	mov	r12d, r11d
	lea	rbx, 1[rbx+r15]
.L311:
	cmp	ebp, r12d
	jl	.L367
.L321:
	jne	.L310
	mov	r13, rdx
	mov	edx, esi
	mov	esi, r12d
	mov	r12d, DWORD PTR 4[rsp]
	lea	r13, 1[r13+rbx]
.L307:
	cmp	r12d, r14d
	jl	.L368
.L322:
	jne	.L306
	mov	eax, r14d
	mov	ebp, DWORD PTR 108[rsp]
	mov	r14d, edx
	lea	r12, 1[r13+rcx]
	mov	edx, eax
.L303:
	cmp	ebp, r14d
	jl	.L369
.L323:
	jne	.L302
	mov	rbx, QWORD PTR 96[rsp]
	mov	r13d, DWORD PTR 88[rsp]
	mov	r15d, DWORD PTR 92[rsp]
	mov	ebp, DWORD PTR 104[rsp]
	lea	rbx, 1[rbx+r12]
.L299:
	cmp	r15d, ebp
	jl	.L370
.L324:
	jne	.L298
	mov	r12, QWORD PTR 72[rsp]
	mov	r14d, ebp
	mov	eax, DWORD PTR 84[rsp]
	mov	ebp, DWORD PTR 80[rsp]
	lea	r12, 1[r12+rbx]
.L295:
	cmp	r13d, eax
	jl	.L371
.L325:
	jne	.L294
	mov	r14, QWORD PTR 56[rsp]
	mov	ecx, DWORD PTR 68[rsp]
	mov	r15d, eax
	lea	r14, 1[r14+r12]
.L291:
	cmp	r9d, ecx
	jg	.L372
.L326:
	jne	.L290
	mov	rbp, QWORD PTR 48[rsp]
	mov	r12d, DWORD PTR 64[rsp]
	lea	rbp, 1[r14+rbp]
.L287:
	cmp	r12d, r9d
	jl	.L284
	jne	.L286
	add	rbp, 1
.L284:
	add	rsp, 120
	mov	rax, rbp
	pop	rbx
	pop	rbp
	pop	r12
	pop	r13
	pop	r14
	pop	r15
	ret
	.p2align 4,,10
	.p2align 3
.L366:
	mov	rbx, r8
	mov	ebp, edi
	mov	r8d, r12d
	mov	r12d, r11d
	mov	r14d, r10d
	mov	edi, eax
	add	rbx, r15
	cmp	ebp, r12d
	jge	.L321
.L367:
	mov	r13, rdx
	mov	edx, esi
	mov	esi, r12d
	mov	r12d, DWORD PTR 4[rsp]
	add	r13, rbx
	cmp	r12d, r14d
	jge	.L322
.L368:
	mov	ebp, DWORD PTR 108[rsp]
	mov	eax, r14d
	mov	r12, rcx
	mov	r14d, edx
	add	r12, r13
	mov	edx, eax
	cmp	ebp, r14d
	jge	.L323
.L369:
	mov	rbx, QWORD PTR 96[rsp]
	mov	r15d, DWORD PTR 92[rsp]
	mov	ebp, DWORD PTR 104[rsp]
	mov	r13d, DWORD PTR 88[rsp]
	add	rbx, r12
	cmp	r15d, ebp
	jge	.L324
.L370:
	mov	r12, QWORD PTR 72[rsp]
	mov	eax, DWORD PTR 84[rsp]
	mov	r14d, ebp
	mov	ebp, DWORD PTR 80[rsp]
	add	r12, rbx
	cmp	r13d, eax
	jge	.L325
.L371:
	mov	r14, QWORD PTR 56[rsp]
	mov	ecx, DWORD PTR 68[rsp]
	mov	r15d, eax
	add	r14, r12
	cmp	r9d, ecx
	jle	.L326
.L372:
	mov	rbp, QWORD PTR 48[rsp]
	mov	r12d, DWORD PTR 64[rsp]
	add	rbp, r14
	jmp	.L287
.L336:
	add	rbx, 1
	jmp	.L311
.L335:
	add	r13, 1
	jmp	.L307
	.p2align 4,,10
	.p2align 3
.L365:
	mov	rdx, QWORD PTR 8[rsp]
	mov	esi, DWORD PTR 16[rsp]
	mov	edi, r13d
	mov	r8, r14
	add	r15, rbx
	jmp	.L315
.L334:
	add	r12, 1
	jmp	.L303
	.p2align 4,,10
	.p2align 3
.L337:
	add	r15, 1
	jmp	.L315
.L333:
	add	rbx, 1
	jmp	.L299
.L332:
	add	r12, 1
	jmp	.L295
.L331:
	add	r14, 1
	jmp	.L291
.L330:
	add	rbp, 1
	jmp	.L287
.L328:
	xor	ebp, ebp
	jmp	.L284
.L329:
	mov	ebp, 1
	jmp	.L284
	.size	binomial, .-binomial
	.p2align 4
	.globl	hanoi_moves
	.type	hanoi_moves, @function
hanoi_moves:
	test	edi, edi
	je	.L376
	mov	eax, 1
	xor	edx, edx
	.p2align 4,,10
	.p2align 3
.L375:
	mov	rcx, rax
	add	rax, rax
	add	rdx, rcx
	sub	edi, 1
	jne	.L375
	mov	rax, rdx
	ret
	.p2align 4,,10
	.p2align 3
.L376:
	xor	edx, edx
	mov	rax, rdx
	ret
	.size	hanoi_moves, .-hanoi_moves
	.p2align 4
	.globl	grid_paths
	.type	grid_paths, @function
grid_paths:
	test	edi, edi
	je	.L430
	push	r15
	push	r14
	push	r13
	push	r12
	push	rbp
	push	rbx
	mov	ebx, esi
	sub	rsp, 88
	test	esi, esi
	je	.L397
	mov	r8d, edi
	xor	r12d, r12d
.L396:
	mov	r13d, 1
	cmp	r8d, 1
	je	.L380
	xor	r13d, r13d
	mov	QWORD PTR 24[rsp], r12
	mov	r14d, ebx
	mov	ebp, r8d
	mov	r12, r13
.L395:
	mov	ecx, 1
	cmp	ebp, 2
	je	.L381
	xor	ecx, ecx
	mov	r15, r12
	mov	r13d, ebx
	mov	r12d, r14d
	mov	rbx, rcx
.L394:
	mov	esi, 1
	cmp	ebp, 3
	je	.L382
	mov	DWORD PTR 36[rsp], r14d
	xor	esi, esi
	mov	edx, ebp
	mov	rcx, r15
	mov	eax, r12d
	mov	r15d, r13d
	mov	ebp, r12d
	mov	r13, rsi
.L393:
	mov	r14d, 1
	cmp	edx, 4
	je	.L383
	xor	r14d, r14d
	mov	r12d, ebp
	mov	r11, rcx
	mov	r8d, ebp
	mov	ecx, r15d
	mov	r10d, eax
	mov	r15d, edx
	mov	r9, rbx
	mov	rbp, r14
	mov	rdx, r13
.L392:
	mov	ebx, 1
	cmp	r15d, 5
	je	.L384
	mov	r13d, r12d
	xor	ebx, ebx
.L391:
	mov	eax, 1
	cmp	r15d, 6
	je	.L385
	xor	eax, eax
	mov	QWORD PTR [rsp], r11
	mov	DWORD PTR 16[rsp], r10d
	mov	r11, rax
	mov	r10d, r13d
	mov	eax, r8d
.L390:
	mov	r14d, 1
	cmp	r15d, 7
	je	.L386
	xor	r14d, r14d
	mov	QWORD PTR 8[rsp], rdx
	mov	r8d, r10d
	mov	DWORD PTR 20[rsp], ecx
	mov	rdx, r14
	mov	ecx, r15d
	mov	r14d, r13d
	mov	r15, rbx
	mov	r13, rbp
	mov	ebp, eax
.L389:
	mov	ebx, 1
	cmp	ecx, 8
	je	.L387
	lea	eax, -9[rcx]
	mov	esi, r8d
	xor	ebx, ebx
	mov	DWORD PTR 32[rsp], eax
.L388:
	mov	edi, DWORD PTR 32[rsp]
	mov	DWORD PTR 76[rsp], ecx
	mov	QWORD PTR 64[rsp], rdx
	mov	DWORD PTR 72[rsp], r8d
	mov	QWORD PTR 56[rsp], r11
	mov	DWORD PTR 52[rsp], r10d
	mov	QWORD PTR 40[rsp], r9
	mov	DWORD PTR 48[rsp], esi
	call	grid_paths
	mov	esi, DWORD PTR 48[rsp]
	mov	r9, QWORD PTR 40[rsp]
	add	rbx, rax
	mov	r10d, DWORD PTR 52[rsp]
	mov	r11, QWORD PTR 56[rsp]
	sub	esi, 1
	mov	r8d, DWORD PTR 72[rsp]
	mov	rdx, QWORD PTR 64[rsp]
	mov	ecx, DWORD PTR 76[rsp]
	jne	.L388
	add	rbx, 1
.L387:
	add	rdx, rbx
	sub	r8d, 1
	jne	.L389
	mov	eax, ebp
	mov	rbx, r15
	mov	rbp, r13
	mov	r15d, ecx
	mov	r13d, r14d
	mov	ecx, DWORD PTR 20[rsp]
	mov	r14, rdx
	mov	rdx, QWORD PTR 8[rsp]
	add	r14, 1
.L386:
	add	r11, r14
	sub	r10d, 1
	jne	.L390
	mov	r8d, eax
	mov	r10d, DWORD PTR 16[rsp]
	mov	rax, r11
	mov	r11, QWORD PTR [rsp]
	add	rax, 1
.L385:
	add	rbx, rax
	sub	r13d, 1
	jne	.L391
	add	rbx, 1
.L384:
	add	rbp, rbx
	sub	r12d, 1
	jne	.L392
	mov	r14, rbp
	mov	r13, rdx
	mov	eax, r10d
	mov	edx, r15d
	mov	rbx, r9
	mov	r15d, ecx
	mov	ebp, r8d
	mov	rcx, r11
	add	r14, 1
.L383:
	add	r13, r14
	sub	ebp, 1
	jne	.L393
	mov	rsi, r13
	mov	r14d, DWORD PTR 36[rsp]
	mov	r13d, r15d
	mov	r12d, eax
	mov	ebp, edx
	mov	r15, rcx
	add	rsi, 1
.L382:
	add	rbx, rsi
	sub	r12d, 1
	jne	.L394
	mov	rcx, rbx
	mov	r12, r15
	mov	ebx, r13d
	add	rcx, 1
.L381:
	add	r12, rcx
	sub	r14d, 1
	jne	.L395
	mov	r13, r12
	mov	r12, QWORD PTR 24[rsp]
	mov	r8d, ebp
	add	r13, 1
.L380:
	add	r12, r13
	sub	ebx, 1
	jne	.L396
	add	rsp, 88
	lea	rax, 1[r12]
	pop	rbx
	pop	rbp
	pop	r12
	pop	r13
	pop	r14
	pop	r15
	ret
.L397:
	add	rsp, 88
	mov	eax, 1
	pop	rbx
	pop	rbp
	pop	r12
	pop	r13
	pop	r14
	pop	r15
	ret
.L430:
	mov	eax, 1
	ret
	.size	grid_paths, .-grid_paths
	.p2align 4
	.globl	binary_search_rec
	.type	binary_search_rec, @function
binary_search_rec:
	sub	esi, 1
	js	.L440
	xor	ecx, ecx
	jmp	.L436
	.p2align 4,,10
	.p2align 3
.L441:
	lea	ecx, 1[rax]
	cmp	ecx, esi
	jg	.L440
.L436:
	mov	eax, esi
	sub	eax, ecx
	sar	eax
	add	eax, ecx
	movsx	r8, eax
	cmp	edx, DWORD PTR [rdi+r8*4]
	je	.L434
	jg	.L441
	lea	esi, -1[rax]
	cmp	ecx, esi
	jle	.L436
.L440:
	mov	eax, -1
.L434:
	ret
	.size	binary_search_rec, .-binary_search_rec
	.p2align 4
	.globl	is_even
	.type	is_even, @function
is_even:
	mov	eax, 1
	test	edi, edi
	je	.L442
	xor	eax, eax
	cmp	edi, 1
	jne	.L458
.L442:
	ret
	.p2align 4,,10
	.p2align 3
.L458:
	mov	eax, 1
	cmp	edi, 2
	je	.L442
.L457:
	cmp	edi, 3
	jne	.L459
.L451:
	xor	eax, eax
	ret
	.p2align 4,,10
	.p2align 3
.L459:
	sub	edi, 4
	je	.L450
	cmp	edi, 1
	je	.L451
	cmp	edi, 2
	jne	.L457
.L450:
	mov	eax, 1
	ret
	.size	is_even, .-is_even
	.p2align 4
	.globl	is_odd
	.type	is_odd, @function
is_odd:
	xor	eax, eax
	test	edi, edi
	jne	.L476
.L460:
	ret
	.p2align 4,,10
	.p2align 3
.L476:
	cmp	edi, 1
	je	.L469
	cmp	edi, 2
	je	.L460
	cmp	edi, 3
	je	.L469
	cmp	edi, 4
	je	.L460
	cmp	edi, 5
	je	.L469
	cmp	edi, 6
	je	.L460
	cmp	edi, 7
	je	.L469
	cmp	edi, 8
	je	.L460
	sub	edi, 9
	jmp	is_even
	.p2align 4,,10
	.p2align 3
.L469:
	mov	eax, 1
	ret
	.size	is_odd, .-is_odd
	.p2align 4
	.globl	tak
	.type	tak, @function
tak:
	push	r14
	push	r13
	push	r12
	mov	r12d, edx
	push	rbp
	push	rbx
	cmp	edi, esi
	jle	.L478
	mov	ebx, edi
	mov	ebp, esi
.L479:
	mov	r13d, r12d
	lea	edi, -1[r12]
	mov	edx, ebp
	mov	esi, ebx
	call	tak
	mov	r14d, ebp
	lea	edi, -1[rbp]
	mov	edx, ebx
	mov	esi, r13d
	mov	r12d, eax
	call	tak
	lea	edi, -1[rbx]
	mov	edx, r13d
	mov	esi, r14d
	mov	ebp, eax
	call	tak
	mov	ebx, eax
	cmp	ebp, eax
	jl	.L479
.L478:
	pop	rbx
	mov	eax, r12d
	pop	rbp
	pop	r12
	pop	r13
	pop	r14
	ret
	.size	tak, .-tak
	.p2align 4
	.globl	sum_array_rec
	.type	sum_array_rec, @function
sum_array_rec:
	test	esi, esi
	jle	.L485
	movsx	rsi, esi
	xor	eax, eax
	.p2align 4,,10
	.p2align 3
.L484:
	movsx	rdx, DWORD PTR -4[rdi+rsi*4]
	sub	rsi, 1
	add	rax, rdx
	test	esi, esi
	jg	.L484
	ret
	.p2align 4,,10
	.p2align 3
.L485:
	xor	eax, eax
	ret
	.size	sum_array_rec, .-sum_array_rec
	.p2align 4
	.globl	count_partitions
	.type	count_partitions, @function
count_partitions:
	push	r15
	push	r14
	push	r13
	push	r12
	push	rbp
	push	rbx
	sub	rsp, 88
	test	edi, edi
	je	.L514
	js	.L515
	mov	r14d, esi
	test	esi, esi
	je	.L515
	mov	eax, edi
	xor	r13d, r13d
	sub	eax, esi
	mov	ebp, eax
.L513:
	test	ebp, ebp
	je	.L489
	js	.L490
	xor	edx, edx
	mov	r12d, ebp
	mov	ebx, r14d
	mov	ebp, edx
.L512:
	cmp	r12d, ebx
	je	.L491
	js	.L492
	lea	eax, [rbx+rbx]
	mov	r15d, r12d
	mov	DWORD PTR 16[rsp], ebx
	mov	edx, r13d
	sub	r15d, eax
	xor	eax, eax
	mov	DWORD PTR 20[rsp], r12d
	mov	r13d, r14d
	mov	r12d, ebx
	mov	ebx, eax
.L511:
	test	r15d, r15d
	je	.L493
	js	.L494
	mov	DWORD PTR 24[rsp], r12d
	xor	eax, eax
	mov	r8d, edx
	mov	r14d, r12d
	mov	edx, ebx
	mov	ebx, eax
	mov	eax, r13d
.L510:
	cmp	r15d, r14d
	je	.L495
	js	.L496
	mov	DWORD PTR 28[rsp], r14d
	mov	r12d, r15d
	lea	esi, [r14+r14]
	xor	r13d, r13d
	mov	DWORD PTR 36[rsp], ebp
	mov	edi, eax
	sub	r12d, esi
	mov	r9d, edx
	mov	DWORD PTR 32[rsp], r15d
	mov	eax, ebx
	mov	r15d, r13d
.L509:
	test	r12d, r12d
	je	.L497
	js	.L498
	mov	DWORD PTR 40[rsp], r14d
	xor	ebp, ebp
	mov	r11d, r9d
	mov	ebx, r14d
	mov	r9d, r8d
	mov	r13d, r12d
	mov	r10d, eax
	mov	esi, r15d
	mov	edx, ebp
	mov	r8d, edi
	.p2align 4,,10
	.p2align 3
.L508:
	cmp	r13d, ebx
	je	.L499
	js	.L500
	lea	ebp, [rbx+rbx]
	mov	eax, r13d
	mov	DWORD PTR 8[rsp], r13d
	mov	r15d, r13d
	mov	DWORD PTR 12[rsp], edx
	sub	eax, ebp
	add	ebp, ebx
	xor	r14d, r14d
	sub	r15d, ebp
	mov	r12d, ebx
	mov	ebp, ebx
	.p2align 4,,10
	.p2align 3
.L507:
	test	eax, eax
	je	.L501
	js	.L502
	mov	edi, r11d
	mov	ecx, r14d
	mov	r11d, r15d
	mov	r14d, r12d
	mov	edx, ebp
	mov	r12d, r15d
	xor	ebx, ebx
	mov	r15d, ebp
	.p2align 4,,10
	.p2align 3
.L506:
	test	r12d, r12d
	je	.L503
	js	.L504
	mov	DWORD PTR 48[rsp], edx
	xor	ebp, ebp
	mov	DWORD PTR 52[rsp], r10d
	mov	DWORD PTR 56[rsp], esi
	mov	DWORD PTR 60[rsp], ecx
	mov	DWORD PTR 64[rsp], r11d
	mov	DWORD PTR 72[rsp], r9d
	mov	DWORD PTR 76[rsp], r8d
	mov	DWORD PTR 68[rsp], eax
	mov	eax, ebx
	mov	ebx, edx
	mov	DWORD PTR 44[rsp], r14d
	mov	r13d, eax
	mov	r14d, edi
	.p2align 4,,10
	.p2align 3
.L505:
	mov	edi, r12d
	mov	esi, ebx
	sub	edi, ebx
	call	count_partitions
	add	ebp, eax
	sub	ebx, 1
	jne	.L505
	mov	edi, r14d
	mov	ebx, r13d
	mov	edx, DWORD PTR 48[rsp]
	mov	r14d, DWORD PTR 44[rsp]
	mov	r10d, DWORD PTR 52[rsp]
	mov	esi, DWORD PTR 56[rsp]
	add	ebx, ebp
	mov	ecx, DWORD PTR 60[rsp]
	mov	r11d, DWORD PTR 64[rsp]
	mov	eax, DWORD PTR 68[rsp]
	mov	r9d, DWORD PTR 72[rsp]
	mov	r8d, DWORD PTR 76[rsp]
.L504:
	add	r12d, 1
	sub	edx, 1
	jne	.L506
	mov	r12d, r14d
	mov	r14d, ecx
	mov	ebp, r15d
	mov	r15d, r11d
	add	r14d, ebx
	mov	r11d, edi
.L502:
	add	eax, 1
	add	r15d, 2
	sub	ebp, 1
	jne	.L507
	mov	edx, DWORD PTR 12[rsp]
	mov	r13d, DWORD PTR 8[rsp]
	mov	ebx, r12d
	add	edx, r14d
.L500:
	sub	ebx, 1
	jne	.L508
	mov	r15d, esi
	mov	r14d, DWORD PTR 40[rsp]
	mov	edi, r8d
	mov	r12d, r13d
	mov	r8d, r9d
	mov	eax, r10d
	mov	r9d, r11d
	add	r15d, edx
.L498:
	add	r12d, 1
	sub	r14d, 1
	jne	.L509
	mov	ebx, eax
	mov	r13d, r15d
	mov	r14d, DWORD PTR 28[rsp]
	mov	ebp, DWORD PTR 36[rsp]
	mov	r15d, DWORD PTR 32[rsp]
	mov	edx, r9d
	mov	eax, edi
	add	ebx, r13d
.L496:
	sub	r14d, 1
	jne	.L510
	mov	r13d, eax
	mov	r12d, DWORD PTR 24[rsp]
	mov	eax, ebx
	mov	ebx, edx
	add	ebx, eax
	mov	edx, r8d
.L494:
	add	r15d, 1
	sub	r12d, 1
	jne	.L511
	mov	eax, ebx
	mov	r12d, DWORD PTR 20[rsp]
	mov	ebx, DWORD PTR 16[rsp]
	mov	r14d, r13d
	add	ebp, eax
	mov	r13d, edx
.L492:
	sub	ebx, 1
	jne	.L512
.L526:
	mov	edx, ebp
	mov	ebp, r12d
	add	r13d, edx
.L490:
	add	ebp, 1
	sub	r14d, 1
	jne	.L513
.L487:
	add	rsp, 88
	mov	eax, r13d
	pop	rbx
	pop	rbp
	pop	r12
	pop	r13
	pop	r14
	pop	r15
	ret
	.p2align 4,,10
	.p2align 3
.L503:
	add	ebx, 1
	jmp	.L504
.L499:
	add	edx, 1
	jmp	.L500
.L497:
	add	r15d, 1
	jmp	.L498
.L501:
	add	r14d, 1
	jmp	.L502
.L495:
	add	ebx, 1
	jmp	.L496
.L491:
	add	ebp, 1
	sub	ebx, 1
	jne	.L512
	jmp	.L526
	.p2align 4,,10
	.p2align 3
.L493:
	add	ebx, 1
	jmp	.L494
.L489:
	add	r13d, 1
	add	ebp, 1
	sub	r14d, 1
	jne	.L513
	jmp	.L487
.L514:
	mov	r13d, 1
	jmp	.L487
.L515:
	xor	r13d, r13d
	jmp	.L487
	.size	count_partitions, .-count_partitions
	.p2align 4
	.globl	string_length_rec
	.type	string_length_rec, @function
string_length_rec:
	cmp	BYTE PTR [rdi], 0
	je	.L529
	sub	rsp, 8
	add	rdi, 1
	call	strlen@PLT
	add	rsp, 8
	add	eax, 1
	ret
	.p2align 4,,10
	.p2align 3
.L529:
	xor	eax, eax
	ret
	.size	string_length_rec, .-string_length_rec
	.p2align 4
	.globl	deep_sum
	.type	deep_sum, @function
deep_sum:
	xor	eax, eax
	test	edi, edi
	je	.L537
	.p2align 4,,10
	.p2align 3
.L536:
	add	eax, edi
	sub	edi, 1
	jne	.L536
	ret
	.p2align 4,,10
	.p2align 3
.L537:
	ret
	.size	deep_sum, .-deep_sum
	.p2align 4
	.globl	reverse_digits_rec
	.type	reverse_digits_rec, @function
reverse_digits_rec:
	mov	eax, esi
	test	edi, edi
	je	.L540
	mov	r8d, 3435973837
	.p2align 4,,10
	.p2align 3
.L541:
	mov	edx, edi
	lea	esi, [rax+rax*4]
	mov	ecx, edi
	imul	rdx, r8
	shr	rdx, 35
	lea	eax, [rdx+rdx*4]
	add	eax, eax
	sub	ecx, eax
	lea	eax, [rcx+rsi*2]
	mov	ecx, edi
	mov	edi, edx
	cmp	ecx, 9
	ja	.L541
.L540:
	ret
	.size	reverse_digits_rec, .-reverse_digits_rec
	.ident	"GCC: (Debian 12.2.0-14+deb12u1) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
