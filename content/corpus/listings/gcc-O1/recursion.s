	.file	"recursion.c"
	.intel_syntax noprefix
	.text
	.type	bs, @function
bs:
	cmp	esi, edx
	jg	.L4
	sub	rsp, 8
	mov	r8d, edx
	sub	r8d, esi
	mov	eax, r8d
	shr	eax, 31
	add	eax, r8d
	sar	eax
	add	eax, esi
	movsx	r8, eax
	mov	r8d, DWORD PTR [rdi+r8*4]
	cmp	r8d, ecx
	je	.L1
	jge	.L3
	lea	esi, 1[rax]
	call	bs
.L1:
	add	rsp, 8
	ret
.L3:
	lea	edx, -1[rax]
	call	bs
	jmp	.L1
.L4:
	mov	eax, -1
	ret
	.size	bs, .-bs
	.globl	factorial
	.type	factorial, @function
factorial:
	mov	eax, 1
	cmp	edi, 1
	ja	.L16
	ret
.L16:
	push	rbx
	mov	ebx, edi
	lea	edi, -1[rdi]
	call	factorial
	mov	rdx, rax
	mov	eax, ebx
	imul	rax, rdx
	pop	rbx
	ret
	.size	factorial, .-factorial
	.globl	fib
	.type	fib, @function
fib:
	push	rbp
	push	rbx
	sub	rsp, 8
	mov	ebx, edi
	cmp	edi, 1
	jg	.L20
.L18:
	mov	eax, ebx
	add	rsp, 8
	pop	rbx
	pop	rbp
	ret
.L20:
	lea	edi, -1[rdi]
	call	fib
	mov	ebp, eax
	lea	edi, -2[rbx]
	call	fib
	lea	ebx, 0[rbp+rax]
	jmp	.L18
	.size	fib, .-fib
	.globl	gcd_recursive
	.type	gcd_recursive, @function
gcd_recursive:
	mov	eax, edi
	test	esi, esi
	jne	.L22
	mov	edx, edi
	neg	edx
	cmovns	eax, edx
	ret
.L22:
	sub	rsp, 8
	mov	edi, esi
	cdq
	idiv	esi
	mov	esi, edx
	call	gcd_recursive
	add	rsp, 8
	ret
	.size	gcd_recursive, .-gcd_recursive
	.globl	ackermann
	.type	ackermann, @function
ackermann:
	test	edi, edi
	jne	.L28
	lea	eax, 1[rsi]
	ret
.L28:
	push	rbx
	mov	ebx, edi
	test	esi, esi
	jne	.L30
	lea	edi, -1[rdi]
	mov	esi, 1
	call	ackermann
.L27:
	pop	rbx
	ret
.L30:
	sub	esi, 1
	call	ackermann
	mov	esi, eax
	lea	edi, -1[rbx]
	call	ackermann
	jmp	.L27
	.size	ackermann, .-ackermann
	.globl	power
	.type	power, @function
power:
	mov	eax, 1
	test	esi, esi
	jne	.L42
	ret
.L42:
	push	rbp
	push	rbx
	sub	rsp, 8
	mov	rbp, rdi
	mov	ebx, esi
	shr	esi
	call	power
	test	bl, 1
	je	.L36
	imul	rax, rax
	imul	rax, rbp
.L34:
	add	rsp, 8
	pop	rbx
	pop	rbp
	ret
.L36:
	imul	rax, rax
	jmp	.L34
	.size	power, .-power
	.globl	digit_sum
	.type	digit_sum, @function
digit_sum:
	mov	eax, edi
	cmp	edi, 9
	ja	.L50
	ret
.L50:
	push	rbp
	push	rbx
	sub	rsp, 8
	mov	ebx, edi
	mov	ebp, edi
	mov	eax, 3435973837
	imul	rbp, rax
	shr	rbp, 35
	mov	edi, ebp
	call	digit_sum
	lea	edx, 0[rbp+rbp*4]
	add	edx, edx
	sub	ebx, edx
	add	eax, ebx
	add	rsp, 8
	pop	rbx
	pop	rbp
	ret
	.size	digit_sum, .-digit_sum
	.globl	binomial
	.type	binomial, @function
binomial:
	test	esi, esi
	js	.L56
	push	r12
	push	rbp
	push	rbx
	mov	ebx, esi
	cmp	esi, edi
	jg	.L53
	test	esi, esi
	je	.L54
	cmp	esi, edi
	je	.L54
	lea	ebp, -1[rdi]
	lea	esi, -1[rsi]
	mov	edi, ebp
	call	binomial
	mov	r12, rax
	mov	esi, ebx
	mov	edi, ebp
	call	binomial
	add	rax, r12
	jmp	.L51
.L53:
	mov	eax, 0
	jmp	.L51
.L54:
	mov	eax, 1
.L51:
	pop	rbx
	pop	rbp
	pop	r12
	ret
.L56:
	mov	eax, 0
	ret
	.size	binomial, .-binomial
	.globl	hanoi_moves
	.type	hanoi_moves, @function
hanoi_moves:
	mov	eax, 0
	test	edi, edi
	jne	.L66
	ret
.L66:
	sub	rsp, 8
	sub	edi, 1
	call	hanoi_moves
	lea	rax, 1[rax+rax]
	add	rsp, 8
	ret
	.size	hanoi_moves, .-hanoi_moves
	.globl	grid_paths
	.type	grid_paths, @function
grid_paths:
	test	edi, edi
	je	.L71
	push	r12
	push	rbp
	push	rbx
	mov	ebp, edi
	mov	ebx, esi
	mov	eax, 1
	test	esi, esi
	jne	.L75
.L67:
	pop	rbx
	pop	rbp
	pop	r12
	ret
.L75:
	lea	edi, -1[rdi]
	call	grid_paths
	mov	r12, rax
	lea	esi, -1[rbx]
	mov	edi, ebp
	call	grid_paths
	add	rax, r12
	jmp	.L67
.L71:
	mov	eax, 1
	ret
	.size	grid_paths, .-grid_paths
	.globl	binary_search_rec
	.type	binary_search_rec, @function
binary_search_rec:
	sub	rsp, 8
	mov	ecx, edx
	lea	edx, -1[rsi]
	mov	esi, 0
	call	bs
	add	rsp, 8
	ret
	.size	binary_search_rec, .-binary_search_rec
	.globl	is_odd
	.type	is_odd, @function
is_odd:
	mov	eax, 0
	test	edi, edi
	jne	.L85
	ret
.L85:
	sub	rsp, 8
	sub	edi, 1
	call	is_even
	add	rsp, 8
	ret
	.size	is_odd, .-is_odd
	.globl	is_even
	.type	is_even, @function
is_even:
	mov	eax, 1
	test	edi, edi
	jne	.L93
	ret
.L93:
	sub	rsp, 8
	sub	edi, 1
	call	is_odd
	add	rsp, 8
	ret
	.size	is_even, .-is_even
	.globl	tak
	.type	tak, @function
tak:
	push	r14
	push	r13
	push	r12
	push	rbp
	push	rbx
	mov	ebx, edx
	cmp	esi, edi
	jl	.L97
.L95:
	mov	eax, ebx
	pop	rbx
	pop	rbp
	pop	r12
	pop	r13
	pop	r14
	ret
.L97:
	mov	ebp, edi
	mov	r12d, esi
	lea	edi, -1[rdx]
	mov	edx, esi
	mov	esi, ebp
	call	tak
	mov	r14d, eax
	lea	edi, -1[r12]
	mov	edx, ebp
	mov	esi, ebx
	call	tak
	mov	r13d, eax
	lea	edi, -1[rbp]
	mov	edx, ebx
	mov	esi, r12d
	call	tak
	mov	edi, eax
	mov	edx, r14d
	mov	esi, r13d
	call	tak
	mov	ebx, eax
	jmp	.L95
	.size	tak, .-tak
	.globl	sum_array_rec
	.type	sum_array_rec, @function
sum_array_rec:
	mov	eax, 0
	test	esi, esi
	jg	.L105
	ret
.L105:
	push	rbp
	push	rbx
	sub	rsp, 8
	mov	rbp, rdi
	mov	ebx, esi
	lea	esi, -1[rsi]
	call	sum_array_rec
	mov	rdx, rax
	movsx	rbx, ebx
	movsx	rax, DWORD PTR -4[rbp+rbx*4]
	add	rax, rdx
	add	rsp, 8
	pop	rbx
	pop	rbp
	ret
	.size	sum_array_rec, .-sum_array_rec
	.globl	count_partitions
	.type	count_partitions, @function
count_partitions:
	mov	eax, 1
	test	edi, edi
	je	.L111
	push	r12
	push	rbp
	push	rbx
	mov	ebx, edi
	mov	ebp, esi
	js	.L109
	test	esi, esi
	je	.L109
	sub	edi, esi
	call	count_partitions
	mov	r12d, eax
	lea	esi, -1[rbp]
	mov	edi, ebx
	call	count_partitions
	add	eax, r12d
	jmp	.L106
.L109:
	mov	eax, 0
.L106:
	pop	rbx
	pop	rbp
	pop	r12
	ret
.L111:
	ret
	.size	count_partitions, .-count_partitions
	.globl	string_length_rec
	.type	string_length_rec, @function
string_length_rec:
	mov	eax, 0
	cmp	BYTE PTR [rdi], 0
	jne	.L121
	ret
.L121:
	sub	rsp, 8
	add	rdi, 1
	call	string_length_rec
	add	eax, 1
	add	rsp, 8
	ret
	.size	string_length_rec, .-string_length_rec
	.globl	deep_sum
	.type	deep_sum, @function
deep_sum:
	push	rbx
	mov	ebx, edi
	test	edi, edi
	jne	.L125
.L123:
	mov	eax, ebx
	pop	rbx
	ret
.L125:
	lea	edi, -1[rdi]
	call	deep_sum
	add	ebx, eax
	jmp	.L123
	.size	deep_sum, .-deep_sum
	.globl	reverse_digits_rec
	.type	reverse_digits_rec, @function
reverse_digits_rec:
	mov	eax, esi
	test	edi, edi
	jne	.L132
	ret
.L132:
	sub	rsp, 8
	lea	ecx, [rsi+rsi*4]
	mov	eax, edi
	mov	edx, 3435973837
	imul	rax, rdx
	shr	rax, 35
	lea	edx, [rax+rax*4]
	add	edx, edx
	sub	edi, edx
	lea	esi, [rdi+rcx*2]
	mov	edi, eax
	call	reverse_digits_rec
	add	rsp, 8
	ret
	.size	reverse_digits_rec, .-reverse_digits_rec
	.ident	"GCC: (Debian 12.2.0-14+deb12u1) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
