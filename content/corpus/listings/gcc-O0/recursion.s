	.file	"recursion.c"
	.intel_syntax noprefix
	.text
	.globl	factorial
	.type	factorial, @function
factorial:
	push	rbp
	mov	rbp, rsp
	push	rbx
	sub	rsp, 24
	mov	DWORD PTR -20[rbp], edi
	cmp	DWORD PTR -20[rbp], 1
	jbe	.L2
	mov	ebx, DWORD PTR -20[rbp]
	mov	eax, DWORD PTR -20[rbp]
	sub	eax, 1
	mov	edi, eax
	call	factorial
	imul	rax, rbx
	jmp	.L4
.L2:
	mov	eax, 1
.L4:
	mov	rbx, QWORD PTR -8[rbp]
	leave
	ret
	.size	factorial, .-factorial
	.globl	fib
	.type	fib, @function
fib:
	push	rbp
	mov	rbp, rsp
	push	rbx
	sub	rsp, 24
	mov	DWORD PTR -20[rbp], edi
	cmp	DWORD PTR -20[rbp], 1
	jle	.L6
	mov	eax, DWORD PTR -20[rbp]
	sub	eax, 1
	mov	edi, eax
	call	fib
	mov	ebx, eax
	mov	eax, DWORD PTR -20[rbp]
	sub	eax, 2
	mov	edi, eax
	call	fib
	add	eax, ebx
	jmp	.L8
.L6:
	mov	eax, DWORD PTR -20[rbp]
.L8:
	mov	rbx, QWORD PTR -8[rbp]
	leave
	ret
	.size	fib, .-fib
	.globl	gcd_recursive
	.type	gcd_recursive, @function
gcd_recursive:
	push	rbp
	mov	rbp, rsp
	sub	rsp, 16
	mov	DWORD PTR -4[rbp], edi
	mov	DWORD PTR -8[rbp], esi
	cmp	DWORD PTR -8[rbp], 0
	jne	.L10
	mov	eax, DWORD PTR -4[rbp]
	mov	edx, eax
	neg	edx
	cmovns	eax, edx
	jmp	.L12
.L10:
	mov	eax, DWORD PTR -4[rbp]
	cdq
	idiv	DWORD PTR -8[rbp]
	mov	eax, DWORD PTR -8[rbp]
	mov	esi, edx
	mov	edi, eax
	call	gcd_recursive
.L12:
	leave
	ret
	.size	gcd_recursive, .-gcd_recursive
	.globl	ackermann
	.type	ackermann, @function
ackermann:
	push	rbp
	mov	rbp, rsp
	sub	rsp, 16
	mov	DWORD PTR -4[rbp], edi
	mov	DWORD PTR -8[rbp], esi
	cmp	DWORD PTR -4[rbp], 0
	jne	.L14
	mov	eax, DWORD PTR -8[rbp]
	add	eax, 1
	jmp	.L18
.L14:
	cmp	DWORD PTR -8[rbp], 0
	jne	.L16
	mov	eax, DWORD PTR -4[rbp]
	sub	eax, 1
	mov	esi, 1
	mov	edi, eax
	call	ackermann
	jmp	.L18
.L16:
	mov	eax, DWORD PTR -8[rbp]
	lea	edx, -1[rax]
	mov	eax, DWORD PTR -4[rbp]
	mov	esi, edx
	mov	edi, eax
	call	ackermann
	mov	edx, eax
	mov	eax, DWORD PTR -4[rbp]
	sub	eax, 1
	mov	esi, edx
	mov	edi, eax
	call	ackermann
.L18:
	leave
	ret
	.size	ackermann, .-ackermann
	.globl	power
	.type	power, @function
power:
	push	rbp
	mov	rbp, rsp
	sub	rsp, 32
	mov	QWORD PTR -24[rbp], rdi
	mov	DWORD PTR -28[rbp], esi
	cmp	DWORD PTR -28[rbp], 0
	jne	.L20
	mov	eax, 1
	jmp	.L21
.L20:
	mov	eax, DWORD PTR -28[rbp]
	shr	eax
	mov	edx, eax
	mov	rax, QWORD PTR -24[rbp]
	mov	esi, edx
	mov	rdi, rax
	call	power
	mov	QWORD PTR -8[rbp], rax
	mov	eax, DWORD PTR -28[rbp]
	and	eax, 1
	test	eax, eax
	je	.L22
	mov	rax, QWORD PTR -8[rbp]
	imul	rax, rax
	imul	rax, QWORD PTR -24[rbp]
	jmp	.L21
.L22:
	mov	rax, QWORD PTR -8[rbp]
	imul	rax, rax
.L21:
	leave
	ret
	.size	power, .-power
	.globl	digit_sum
	.type	digit_sum, @function
digit_sum:
	push	rbp
	mov	rbp, rsp
	push	rbx
	sub	rsp, 24
	mov	DWORD PTR -20[rbp], edi
	cmp	DWORD PTR -20[rbp], 9
	jbe	.L25
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
	mov	ebx, edx
	mov	eax, DWORD PTR -20[rbp]
	mov	edx, eax
	mov	eax, 3435973837
	imul	rax, rdx
	shr	rax, 32
	shr	eax, 3
	mov	edi, eax
	call	digit_sum
	add	eax, ebx
	jmp	.L27
.L25:
	mov	eax, DWORD PTR -20[rbp]
.L27:
	mov	rbx, QWORD PTR -8[rbp]
	leave
	ret
	.size	digit_sum, .-digit_sum
	.globl	binomial
	.type	binomial, @function
binomial:
	push	rbp
	mov	rbp, rsp
	push	rbx
	sub	rsp, 24
	mov	DWORD PTR -20[rbp], edi
	mov	DWORD PTR -24[rbp], esi
	cmp	DWORD PTR -24[rbp], 0
	js	.L29
	mov	eax, DWORD PTR -24[rbp]
	cmp	eax, DWORD PTR -20[rbp]
	jle	.L30
.L29:
	mov	eax, 0
	jmp	.L31
.L30:
	cmp	DWORD PTR -24[rbp], 0
	je	.L32
	mov	eax, DWORD PTR -24[rbp]
	cmp	eax, DWORD PTR -20[rbp]
	jne	.L33
.L32:
	mov	eax, 1
	jmp	.L31
.L33:
	mov	eax, DWORD PTR -24[rbp]
	lea	edx, -1[rax]
	mov	eax, DWORD PTR -20[rbp]
	sub	eax, 1
	mov	esi, edx
	mov	edi, eax
	call	binomial
	mov	rbx, rax
	mov	eax, DWORD PTR -20[rbp]
	lea	edx, -1[rax]
	mov	eax, DWORD PTR -24[rbp]
	mov	esi, eax
	mov	edi, edx
	call	binomial
	add	rax, rbx
.L31:
	mov	rbx, QWORD PTR -8[rbp]
	leave
	ret
	.size	binomial, .-binomial
	.globl	hanoi_moves
	.type	hanoi_moves, @function
hanoi_moves:
	push	rbp
	mov	rbp, rsp
	sub	rsp, 16
	mov	DWORD PTR -4[rbp], edi
	cmp	DWORD PTR -4[rbp], 0
	je	.L35
	mov	eax, DWORD PTR -4[rbp]
	sub	eax, 1
	mov	edi, eax
	call	hanoi_moves
	add	rax, rax
	add	rax, 1
	jmp	.L37
.L35:
	mov	eax, 0
.L37:
	leave
	ret
	.size	hanoi_moves, .-hanoi_moves
	.globl	grid_paths
	.type	grid_paths, @function
grid_paths:
	push	rbp
	mov	rbp, rsp
	push	rbx
	sub	rsp, 24
	mov	DWORD PTR -20[rbp], edi
	mov	DWORD PTR -24[rbp], esi
	cmp	DWORD PTR -20[rbp], 0
	je	.L39
	cmp	DWORD PTR -24[rbp], 0
	je	.L39
	mov	eax, DWORD PTR -20[rbp]
	lea	edx, -1[rax]
	mov	eax, DWORD PTR -24[rbp]
	mov	esi, eax
	mov	edi, edx
	call	grid_paths
	mov	rbx, rax
	mov	eax, DWORD PTR -24[rbp]
	lea	edx, -1[rax]
	mov	eax, DWORD PTR -20[rbp]
	mov	esi, edx
	mov	edi, eax
	call	grid_paths
	add	rax, rbx
	jmp	.L41
.L39:
	mov	eax, 1
.L41:
	mov	rbx, QWORD PTR -8[rbp]
	leave
	ret
	.size	grid_paths, .-grid_paths
	.type	bs, @function
bs:
	push	rbp
	mov	rbp, rsp
	sub	rsp, 48
	mov	QWORD PTR -24[rbp], rdi
	mov	DWORD PTR -28[rbp], esi
	mov	DWORD PTR -32[rbp], edx
	mov	DWORD PTR -36[rbp], ecx
	mov	eax, DWORD PTR -28[rbp]
	cmp	eax, DWORD PTR -32[rbp]
	jle	.L43
	mov	eax, -1
	jmp	.L44
.L43:
	mov	eax, DWORD PTR -32[rbp]
	sub	eax, DWORD PTR -28[rbp]
	mov	edx, eax
	shr	edx, 31
	add	eax, edx
	sar	eax
	mov	edx, eax
	mov	eax, DWORD PTR -28[rbp]
	add	eax, edx
	mov	DWORD PTR -4[rbp], eax
	mov	eax, DWORD PTR -4[rbp]
	cdqe
	lea	rdx, 0[0+rax*4]
	mov	rax, QWORD PTR -24[rbp]
	add	rax, rdx
	mov	eax, DWORD PTR [rax]
	cmp	DWORD PTR -36[rbp], eax
	je	.L45
	mov	eax, DWORD PTR -4[rbp]
	cdqe
	lea	rdx, 0[0+rax*4]
	mov	rax, QWORD PTR -24[rbp]
	add	rax, rdx
	mov	eax, DWORD PTR [rax]
	cmp	DWORD PTR -36[rbp], eax
	jle	.L46
	mov	eax, DWORD PTR -4[rbp]
	lea	esi, 1[rax]
	mov	ecx, DWORD PTR -36[rbp]
	mov	edx, DWORD PTR -32[rbp]
	mov	rax, QWORD PTR -24[rbp]
	mov	rdi, rax
	call	bs
	jmp	.L44
.L46:
	mov	eax, DWORD PTR -4[rbp]
	lea	edi, -1[rax]
	mov	edx, DWORD PTR -36[rbp]
	mov	esi, DWORD PTR -28[rbp]
	mov	rax, QWORD PTR -24[rbp]
	mov	ecx, edx
	mov	edx, edi
	mov	rdi, rax
	call	bs
	jmp	.L44
.L45:
	mov	eax, DWORD PTR -4[rbp]
.L44:
	leave
	ret
	.size	bs, .-bs
	.globl	binary_search_rec
	.type	binary_search_rec, @function
binary_search_rec:
	push	rbp
	mov	rbp, rsp
	sub	rsp, 16
	mov	QWORD PTR -8[rbp], rdi
	mov	DWORD PTR -12[rbp], esi
	mov	DWORD PTR -16[rbp], edx
	mov	eax, DWORD PTR -12[rbp]
	lea	esi, -1[rax]
	mov	edx, DWORD PTR -16[rbp]
	mov	rax, QWORD PTR -8[rbp]
	mov	ecx, edx
	mov	edx, esi
	mov	esi, 0
	mov	rdi, rax
	call	bs
	leave
	ret
	.size	binary_search_rec, .-binary_search_rec
	.globl	is_even
	.type	is_even, @function
is_even:
	push	rbp
	mov	rbp, rsp
	sub	rsp, 16
	mov	DWORD PTR -4[rbp], edi
	cmp	DWORD PTR -4[rbp], 0
	je	.L52
	mov	eax, DWORD PTR -4[rbp]
	sub	eax, 1
	mov	edi, eax
	call	is_odd
	jmp	.L54
.L52:
	mov	eax, 1
.L54:
	leave
	ret
	.size	is_even, .-is_even
	.globl	is_odd
	.type	is_odd, @function
is_odd:
	push	rbp
	mov	rbp, rsp
	sub	rsp, 16
	mov	DWORD PTR -4[rbp], edi
	cmp	DWORD PTR -4[rbp], 0
	je	.L56
	mov	eax, DWORD PTR -4[rbp]
	sub	eax, 1
	mov	edi, eax
	call	is_even
	jmp	.L58
.L56:
	mov	eax, 0
.L58:
	leave
	ret
	.size	is_odd, .-is_odd
	.globl	tak
	.type	tak, @function
tak:
	push	rbp
	mov	rbp, rsp
	push	r12
	push	rbx
	sub	rsp, 16
	mov	DWORD PTR -20[rbp], edi
	mov	DWORD PTR -24[rbp], esi
	mov	DWORD PTR -28[rbp], edx
	mov	eax, DWORD PTR -24[rbp]
	cmp	eax, DWORD PTR -20[rbp]
	jge	.L60
	mov	eax, DWORD PTR -28[rbp]
	lea	ecx, -1[rax]
	mov	edx, DWORD PTR -24[rbp]
	mov	eax, DWORD PTR -20[rbp]
	mov	esi, eax
	mov	edi, ecx
	call	tak
	mov	r12d, eax
	mov	eax, DWORD PTR -24[rbp]
	lea	ecx, -1[rax]
	mov	edx, DWORD PTR -20[rbp]
	mov	eax, DWORD PTR -28[rbp]
	mov	esi, eax
	mov	edi, ecx
	call	tak
	mov	ebx, eax
	mov	eax, DWORD PTR -20[rbp]
	lea	ecx, -1[rax]
	mov	edx, DWORD PTR -28[rbp]
	mov	eax, DWORD PTR -24[rbp]
	mov	esi, eax
	mov	edi, ecx
	call	tak
	mov	edx, r12d
	mov	esi, ebx
	mov	edi, eax
	call	tak
	jmp	.L62
.L60:
	mov	eax, DWORD PTR -28[rbp]
.L62:
	add	rsp, 16
	pop	rbx
	pop	r12
	pop	rbp
	ret
	.size	tak, .-tak
	.globl	sum_array_rec
	.type	sum_array_rec, @function
sum_array_rec:
	push	rbp
	mov	rbp, rsp
	push	rbx
	sub	rsp, 24
	mov	QWORD PTR -24[rbp], rdi
	mov	DWORD PTR -28[rbp], esi
	cmp	DWORD PTR -28[rbp], 0
	jle	.L64
	mov	eax, DWORD PTR -28[rbp]
	cdqe
	sal	rax, 2
	lea	rdx, -4[rax]
	mov	rax, QWORD PTR -24[rbp]
	add	rax, rdx
	mov	eax, DWORD PTR [rax]
	movsx	rbx, eax
	mov	eax, DWORD PTR -28[rbp]
	lea	edx, -1[rax]
	mov	rax, QWORD PTR -24[rbp]
	mov	esi, edx
	mov	rdi, rax
	call	sum_array_rec
	add	rax, rbx
	jmp	.L66
.L64:
	mov	eax, 0
.L66:
	mov	rbx, QWORD PTR -8[rbp]
	leave
	ret
	.size	sum_array_rec, .-sum_array_rec
	.globl	count_partitions
	.type	count_partitions, @function
count_partitions:
	push	rbp
	mov	rbp, rsp
	push	rbx
	sub	rsp, 24
	mov	DWORD PTR -20[rbp], edi
	mov	DWORD PTR -24[rbp], esi
	cmp	DWORD PTR -20[rbp], 0
	jne	.L68
	mov	eax, 1
	jmp	.L69
.L68:
	cmp	DWORD PTR -20[rbp], 0
	js	.L70
	cmp	DWORD PTR -24[rbp], 0
	jne	.L71
.L70:
	mov	eax, 0
	jmp	.L69
.L71:
	mov	eax, DWORD PTR -20[rbp]
	sub	eax, DWORD PTR -24[rbp]
	mov	edx, DWORD PTR -24[rbp]
	mov	esi, edx
	mov	edi, eax
	call	count_partitions
	mov	ebx, eax
	mov	eax, DWORD PTR -24[rbp]
	lea	edx, -1[rax]
	mov	eax, DWORD PTR -20[rbp]
	mov	esi, edx
	mov	edi, eax
	call	count_partitions
	add	eax, ebx
.L69:
	mov	rbx, QWORD PTR -8[rbp]
	leave
	ret
	.size	count_partitions, .-count_partitions
	.globl	string_length_rec
	.type	string_length_rec, @function
string_length_rec:
	push	rbp
	mov	rbp, rsp
	sub	rsp, 16
	mov	QWORD PTR -8[rbp], rdi
	mov	rax, QWORD PTR -8[rbp]
	movzx	eax, BYTE PTR [rax]
	test	al, al
	je	.L73
	mov	rax, QWORD PTR -8[rbp]
	add	rax, 1
	mov	rdi, rax
	call	string_length_rec
	add	eax, 1
	jmp	.L75
.L73:
	mov	eax, 0
.L75:
	leave
	ret
	.size	string_length_rec, .-string_length_rec
	.globl	deep_sum
	.type	deep_sum, @function
deep_sum:
	push	rbp
	mov	rbp, rsp
	sub	rsp, 16
	mov	DWORD PTR -4[rbp], edi
	cmp	DWORD PTR -4[rbp], 0
	je	.L77
	mov	eax, DWORD PTR -4[rbp]
	sub	eax, 1
	mov	edi, eax
	call	deep_sum
	mov	edx, DWORD PTR -4[rbp]
	add	eax, edx
	jmp	.L79
.L77:
	mov	eax, 0
.L79:
	leave
	ret
	.size	deep_sum, .-deep_sum
	.globl	reverse_digits_rec
	.type	reverse_digits_rec, @function
reverse_digits_rec:
	push	rbp
	mov	rbp, rsp
	sub	rsp, 16
	mov	DWORD PTR -4[rbp], edi
	mov	DWORD PTR -8[rbp], esi
	cmp	DWORD PTR -4[rbp], 0
	je	.L81
	mov	edx, DWORD PTR -8[rbp]
	mov	eax, edx
	sal	eax, 2
	add	eax, edx
	add	eax, eax
	mov	esi, eax
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
	add	edx, esi
	mov	eax, DWORD PTR -4[rbp]
	mov	ecx, eax
	mov	eax, 3435973837
	imul	rax, rcx
	shr	rax, 32
	shr	eax, 3
	mov	esi, edx
	mov	edi, eax
	call	reverse_digits_rec
	jmp	.L83
.L81:
	mov	eax, DWORD PTR -8[rbp]
.L83:
	leave
	ret
	.size	reverse_digits_rec, .-reverse_digits_rec
	.ident	"GCC: (Debian 12.2.0-14+deb12u1) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
