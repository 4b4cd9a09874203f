	.file	"recursion.c"
	.intel_syntax noprefix
	.text
	.globl	factorial
	.type	factorial, @function
factorial:
	mov	edi, edi
	mov	eax, 1
.L3:
	cmp	edi, 1
	jbe	.L1
	imul	rax, rdi
	dec	rdi
	jmp	.L3
.L1:
	ret
	.size	factorial, .-factorial
	.globl	fib
	.type	fib, @function
fib:
	push	rbp
	xor	ebp, ebp
	push	rbx
	mov	ebx, edi
	push	rcx
.L7:
	cmp	ebx, 1
	jle	.L6
	lea	edi, -1[rbx]
	sub	ebx, 2
	call	fib
	add	ebp, eax
	jmp	.L7
.L6:
	lea	eax, [rbx+rbp]
	pop	rdx
	pop	rbx
	pop	rbp
	ret
	.size	fib, .-fib
	.globl	gcd_recursive
	.type	gcd_recursive, @function
gcd_recursive:
	mov	eax, edi
.L11:
	test	esi, esi
	je	.L13
	cdq
	idiv	esi
	mov	eax, esi
	mov	esi, edx
	jmp	.L11
.L13:
	mov	edx, eax
	neg	edx
	cmovns	eax, edx
	ret
	.size	gcd_recursive, .-gcd_recursive
	.globl	ackermann
	.type	ackermann, @function
ackermann:
	mov	eax, esi
	test	edi, edi
	jne	.L25
	inc	eax
	ret
.L25:
	push	rbx
.L24:
	lea	ebx, -1[rdi]
	test	eax, eax
	jne	.L26
	mov	eax, 1
.L17:
	mov	edi, ebx
	test	ebx, ebx
	jne	.L24
	inc	eax
	pop	rbx
	ret
.L26:
	lea	esi, -1[rax]
	call	ackermann
	jmp	.L17
	.size	ackermann, .-ackermann
	.globl	power
	.type	power, @function
power:
	mov	edx, 1
	test	esi, esi
	je	.L33
	push	rbp
	mov	rbp, rdi
	push	rbx
	mov	ebx, esi
	shr	esi
	push	rcx
	call	power
	mov	rdx, rax
	imul	rdx, rax
	and	bl, 1
	je	.L27
	mov	rax, rdx
	imul	rax, rbp
	mov	rdx, rax
.L27:
	mov	rax, rdx
	pop	rdx
	pop	rbx
	pop	rbp
	ret
.L33:
	mov	rax, rdx
	ret
	.size	power, .-power
	.globl	digit_sum
	.type	digit_sum, @function
digit_sum:
	mov	eax, edi
	xor	ecx, ecx
	mov	esi, 10
.L38:
	cmp	eax, 9
	jbe	.L37
	xor	edx, edx
	div	esi
	add	ecx, edx
	jmp	.L38
.L37:
	add	eax, ecx
	ret
	.size	digit_sum, .-digit_sum
	.globl	binomial
	.type	binomial, @function
binomial:
	push	r13
	mov	r13d, esi
	push	r12
	shr	r13d, 31
	xor	r12d, r12d
	push	rbp
	mov	ebp, esi
	push	rbx
	mov	ebx, edi
	push	rcx
.L41:
	test	r13b, r13b
	jne	.L42
	cmp	ebp, ebx
	jg	.L42
	test	ebp, ebp
	je	.L43
	cmp	ebp, ebx
	je	.L43
	dec	ebx
	lea	esi, -1[rbp]
	mov	edi, ebx
	call	binomial
	add	r12, rax
	jmp	.L41
.L42:
	xor	eax, eax
	jmp	.L40
.L43:
	mov	eax, 1
.L40:
	pop	rdx
	add	rax, r12
	pop	rbx
	pop	rbp
	pop	r12
	pop	r13
	ret
	.size	binomial, .-binomial
	.globl	hanoi_moves
	.type	hanoi_moves, @function
hanoi_moves:
	mov	edx, 1
	xor	eax, eax
.L47:
	test	edi, edi
	je	.L45
	add	rax, rdx
	dec	edi
	add	rdx, rdx
	jmp	.L47
.L45:
	ret
	.size	hanoi_moves, .-hanoi_moves
	.globl	grid_paths
	.type	grid_paths, @function
grid_paths:
	push	r12
	mov	r12d, edi
	push	rbp
	xor	ebp, ebp
	push	rbx
	mov	ebx, esi
.L50:
	test	r12d, r12d
	je	.L49
	test	ebx, ebx
	je	.L49
	mov	esi, ebx
	lea	edi, -1[r12]
	dec	ebx
	call	grid_paths
	add	rbp, rax
	jmp	.L50
.L49:
	lea	rax, 1[rbp]
	pop	rbx
	pop	rbp
	pop	r12
	ret
	.size	grid_paths, .-grid_paths
	.globl	binary_search_rec
	.type	binary_search_rec, @function
binary_search_rec:
	dec	esi
	xor	ecx, ecx
.L59:
	cmp	ecx, esi
	jg	.L63
	mov	eax, esi
	sub	eax, ecx
	sar	eax
	add	eax, ecx
	movsx	r8, eax
	cmp	edx, DWORD PTR [rdi+r8*4]
	je	.L58
	jle	.L61
	lea	ecx, 1[rax]
	jmp	.L59
.L61:
	lea	esi, -1[rax]
	jmp	.L59
.L63:
	or	eax, -1
.L58:
	ret
	.size	binary_search_rec, .-binary_search_rec
	.globl	is_odd
	.type	is_odd, @function
is_odd:
	test	edi, edi
	je	.L65
	dec	edi
	jmp	is_even
.L65:
	xor	eax, eax
	ret
	.size	is_odd, .-is_odd
	.globl	is_even
	.type	is_even, @function
is_even:
	test	edi, edi
	je	.L67
	dec	edi
	jmp	is_odd
.L67:
	mov	eax, 1
	ret
	.size	is_even, .-is_even
	.globl	tak
	.type	tak, @function
tak:
	push	r14
	mov	r14d, esi
	push	r13
	push	r12
	push	rbp
	mov	ebp, edx
	push	rbx
	mov	ebx, edi
.L70:
	cmp	r14d, ebx
	jge	.L68
	lea	edi, -1[rbp]
	mov	edx, r14d
	mov	esi, ebx
	call	tak
	lea	edi, -1[r14]
	mov	edx, ebx
	mov	esi, ebp
	mov	r13d, eax
	call	tak
	lea	edi, -1[rbx]
	mov	edx, ebp
	mov	esi, r14d
	mov	r12d, eax
	mov	ebp, r13d
	call	tak
	mov	r14d, r12d
	mov	ebx, eax
	jmp	.L70
.L68:
	pop	rbx
	mov	eax, ebp
	pop	rbp
	pop	r12
	pop	r13
	pop	r14
	ret
	.size	tak, .-tak
	.globl	sum_array_rec
	.type	sum_array_rec, @function
sum_array_rec:
	movsx	rsi, esi
	xor	eax, eax
.L74:
	test	esi, esi
	jle	.L72
	movsx	rdx, DWORD PTR -4[rdi+rsi*4]
	dec	rsi
	add	rax, rdx
	jmp	.L74
.L72:
	ret
	.size	sum_array_rec, .-sum_array_rec
	.globl	count_partitions
	.type	count_partitions, @function
count_partitions:
	push	r13
	push	r12
	push	rbp
	push	rbx
	push	rcx
	test	edi, edi
	je	.L78
	mov	r13d, edi
	mov	ebp, edi
	mov	ebx, esi
	xor	r12d, r12d
	shr	r13d, 31
.L77:
	test	r13b, r13b
	jne	.L79
	test	ebx, ebx
	je	.L79
	mov	edi, ebp
	mov	esi, ebx
	sub	edi, ebx
	dec	ebx
	call	count_partitions
	add	r12d, eax
	jmp	.L77
.L78:
	xor	r12d, r12d
	mov	eax, 1
	jmp	.L76
.L79:
	xor	eax, eax
.L76:
	pop	rdx
	add	eax, r12d
	pop	rbx
	pop	rbp
	pop	r12
	pop	r13
	ret
	.size	count_partitions, .-count_partitions
	.globl	string_length_rec
	.type	string_length_rec, @function
string_length_rec:
	push	rax
	call	strlen@PLT
	pop	rdx
	ret
	.size	string_length_rec, .-string_length_rec
	.globl	deep_sum
	.type	deep_sum, @function
deep_sum:
	xor	eax, eax
.L85:
	test	edi, edi
	je	.L83
	add	eax, edi
	dec	edi
	jmp	.L85
.L83:
	ret
	.size	deep_sum, .-deep_sum
	.globl	reverse_digits_rec
	.type	reverse_digits_rec, @function
reverse_digits_rec:
	mov	eax, edi
	mov	ecx, 10
.L88:
	test	eax, eax
	je	.L86
	xor	edx, edx
	imul	esi, esi, 10
	div	ecx
	add	esi, edx
	jmp	.L88
.L86:
	mov	eax, esi
	ret
	.size	reverse_digits_rec, .-reverse_digits_rec
	.ident	"GCC: (Debian 12.2.0-14+deb12u1) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
