	.file	"arrays.c"
	.intel_syntax noprefix
	.text
	.type	sift_down, @function
sift_down:
	mov	rcx, rdi
.L2:
	lea	edi, [rsi+rsi]
	cmp	edi, edx
	jge	.L1
	movsx	r8, esi
	lea	eax, 1[rdi]
	lea	r9, [rcx+r8*4]
	movsx	r10, eax
	mov	r8d, DWORD PTR [r9]
	lea	r11, 0[0+r10*4]
	cmp	r8d, DWORD PTR [rcx+r10*4]
	jl	.L3
	cmp	edx, eax
	jg	.L8
	ret
.L3:
	cmp	edx, eax
	jle	.L6
	jmp	.L4
.L8:
	mov	eax, esi
.L4:
	movsx	r10, eax
	mov	r11d, DWORD PTR 4[rcx+r11]
	cmp	DWORD PTR [rcx+r10*4], r11d
	jge	.L6
	lea	eax, 2[rdi]
.L6:
	cmp	esi, eax
	je	.L1
	movsx	rsi, eax
	lea	rsi, [rcx+rsi*4]
	mov	edi, DWORD PTR [rsi]
	mov	DWORD PTR [r9], edi
	mov	DWORD PTR [rsi], r8d
	mov	esi, eax
	jmp	.L2
.L1:
	ret
	.size	sift_down, .-sift_down
	.type	quick, @function
quick:
	push	r13
	mov	r13d, edx
	push	r12
	mov	r12d, 2
	push	rbp
	mov	rbp, rdi
	push	rbx
	push	rcx
.L17:
	cmp	esi, r13d
	jge	.L20
	lea	eax, [rsi+r13]
	mov	ebx, esi
	cdq
	idiv	r12d
	mov	edx, r13d
	cdqe
	mov	edi, DWORD PTR 0[rbp+rax*4]
.L12:
	cmp	ebx, edx
	jg	.L16
	movsx	rbx, ebx
.L13:
	mov	rax, rbx
	lea	rbx, 1[rbx]
	mov	r8d, DWORD PTR -4[rbp+rbx*4]
	cmp	r8d, edi
	jl	.L13
	movsx	rdx, edx
.L14:
	mov	rcx, rdx
	dec	rdx
	mov	r9d, DWORD PTR 4[rbp+rdx*4]
	cmp	r9d, edi
	jg	.L14
	mov	ebx, eax
	mov	edx, ecx
	cmp	eax, ecx
	jg	.L16
	mov	DWORD PTR 0[rbp+rax*4], r9d
	lea	ebx, 1[rax]
	lea	edx, -1[rcx]
	mov	DWORD PTR 0[rbp+rcx*4], r8d
	jmp	.L12
.L16:
	mov	rdi, rbp
	call	quick
	mov	esi, ebx
	jmp	.L17
.L20:
	pop	rax
	pop	rbx
	pop	rbp
	pop	r12
	pop	r13
	ret
	.size	quick, .-quick
	.globl	sum_array
	.type	sum_array, @function
sum_array:
	xor	eax, eax
	xor	edx, edx
.L23:
	cmp	esi, eax
	jle	.L25
	movsx	rcx, DWORD PTR [rdi+rax*4]
	inc	rax
	add	rdx, rcx
	jmp	.L23
.L25:
	mov	rax, rdx
	ret
	.size	sum_array, .-sum_array
	.globl	max_array
	.type	max_array, @function
max_array:
	xor	eax, eax
	test	esi, esi
	je	.L27
	mov	eax, DWORD PTR [rdi]
.L27:
	xor	edx, edx
.L28:
	inc	rdx
	cmp	esi, edx
	jle	.L32
	mov	ecx, DWORD PTR [rdi+rdx*4]
	cmp	eax, ecx
	cmovl	eax, ecx
	jmp	.L28
.L32:
	ret
	.size	max_array, .-max_array
	.globl	argmin
	.type	argmin, @function
argmin:
	mov	edx, 1
	xor	eax, eax
.L34:
	cmp	esi, edx
	jle	.L38
	movsx	rcx, eax
	mov	ecx, DWORD PTR [rdi+rcx*4]
	cmp	DWORD PTR [rdi+rdx*4], ecx
	cmovl	eax, edx
	inc	rdx
	jmp	.L34
.L38:
	test	esi, esi
	mov	edx, -1
	cmove	eax, edx
	ret
	.size	argmin, .-argmin
	.globl	count_negative
	.type	count_negative, @function
count_negative:
	xor	eax, eax
	xor	edx, edx
.L40:
	cmp	esi, eax
	jle	.L42
	mov	ecx, DWORD PTR [rdi+rax*4]
	inc	rax
	shr	ecx, 31
	add	edx, ecx
	jmp	.L40
.L42:
	mov	eax, edx
	ret
	.size	count_negative, .-count_negative
	.globl	linear_search
	.type	linear_search, @function
linear_search:
	xor	eax, eax
.L44:
	cmp	esi, eax
	jle	.L48
	lea	rcx, 1[rax]
	cmp	DWORD PTR [rdi+rax*4], edx
	je	.L43
	mov	rax, rcx
	jmp	.L44
.L48:
	or	eax, -1
.L43:
	ret
	.size	linear_search, .-linear_search
	.globl	binary_search
	.type	binary_search, @function
binary_search:
	dec	esi
	xor	ecx, ecx
.L50:
	cmp	ecx, esi
	jg	.L55
	mov	eax, esi
	sub	eax, ecx
	sar	eax
	add	eax, ecx
	movsx	r8, eax
	cmp	DWORD PTR [rdi+r8*4], edx
	je	.L49
	jge	.L52
	lea	ecx, 1[rax]
	jmp	.L50
.L52:
	lea	esi, -1[rax]
	jmp	.L50
.L55:
	or	eax, -1
.L49:
	ret
	.size	binary_search, .-binary_search
	.globl	lower_bound
	.type	lower_bound, @function
lower_bound:
	xor	ecx, ecx
.L58:
	cmp	esi, ecx
	jle	.L61
	lea	eax, [rsi+rcx]
	sar	eax
	movsx	r8, eax
	cmp	DWORD PTR [rdi+r8*4], edx
	jge	.L60
	lea	ecx, 1[rax]
	jmp	.L58
.L60:
	mov	esi, eax
	jmp	.L58
.L61:
	mov	eax, ecx
	ret
	.size	lower_bound, .-lower_bound
	.globl	is_sorted
	.type	is_sorted, @function
is_sorted:
	mov	eax, 1
.L63:
	cmp	esi, eax
	jle	.L67
	mov	edx, DWORD PTR -4[rdi+rax*4]
	inc	rax
	cmp	edx, DWORD PTR -4[rdi+rax*4]
	jle	.L63
	xor	eax, eax
	ret
.L67:
	mov	eax, 1
	ret
	.size	is_sorted, .-is_sorted
	.globl	reverse_array
	.type	reverse_array, @function
reverse_array:
	dec	esi
	xor	eax, eax
	movsx	rsi, esi
.L69:
	cmp	eax, esi
	jge	.L71
	mov	edx, DWORD PTR [rdi+rax*4]
	mov	ecx, DWORD PTR [rdi+rsi*4]
	mov	DWORD PTR [rdi+rax*4], ecx
	inc	rax
	mov	DWORD PTR [rdi+rsi*4], edx
	dec	rsi
	jmp	.L69
.L71:
	ret
	.size	reverse_array, .-reverse_array
	.globl	insertion_sort
	.type	insertion_sort, @function
insertion_sort:
	mov	ecx, 1
.L73:
	cmp	esi, ecx
	jle	.L78
	mov	r8d, DWORD PTR [rdi+rcx*4]
	lea	rax, -1[rcx]
.L74:
	mov	edx, DWORD PTR [rdi+rax*4]
	cmp	edx, r8d
	jle	.L79
	mov	DWORD PTR 4[rdi+rax*4], edx
	dec	rax
	mov	edx, eax
	cmp	eax, -1
	jne	.L74
	jmp	.L75
.L79:
	mov	edx, eax
.L75:
	inc	edx
	inc	rcx
	movsx	rdx, edx
	mov	DWORD PTR [rdi+rdx*4], r8d
	jmp	.L73
.L78:
	ret
	.size	insertion_sort, .-insertion_sort
	.globl	bubble_sort
	.type	bubble_sort, @function
bubble_sort:
	xor	edx, edx
.L81:
	cmp	edx, esi
	jge	.L86
	mov	r9d, esi
	mov	eax, 1
	sub	r9d, edx
.L84:
	cmp	r9d, eax
	jle	.L87
	mov	ecx, DWORD PTR -4[rdi+rax*4]
	mov	r8d, DWORD PTR [rdi+rax*4]
	cmp	ecx, r8d
	jle	.L82
	mov	DWORD PTR -4[rdi+rax*4], r8d
	mov	DWORD PTR [rdi+rax*4], ecx
.L82:
	inc	rax
	jmp	.L84
.L87:
	inc	edx
	jmp	.L81
.L86:
	ret
	.size	bubble_sort, .-bubble_sort
	.globl	selection_sort
	.type	selection_sort, @function
selection_sort:
	xor	eax, eax
.L89:
	mov	ecx, eax
	cmp	esi, eax
	jle	.L94
	lea	r8, 1[rax]
	mov	rdx, r8
.L90:
	movsx	r9, ecx
	lea	r9, [rdi+r9*8]
	mov	r10, QWORD PTR [r9]
	cmp	esi, edx
	jle	.L95
	cmp	QWORD PTR [rdi+rdx*8], r10
	cmovl	ecx, edx
	inc	rdx
	jmp	.L90
.L95:
	mov	rdx, QWORD PTR [rdi+rax*8]
	mov	QWORD PTR [rdi+rax*8], r10
	mov	rax, r8
	mov	QWORD PTR [r9], rdx
	jmp	.L89
.L94:
	ret
	.size	selection_sort, .-selection_sort
	.globl	heap_sort
	.type	heap_sort, @function
heap_sort:
	lea	eax, -2[rsi]
	mov	ecx, 2
	push	r12
	cdq
	push	rbp
	mov	rbp, rdi
	idiv	ecx
	push	rbx
	mov	ebx, esi
	dec	ebx
	mov	r12d, eax
.L97:
	test	r12d, r12d
	js	.L102
	mov	esi, r12d
	mov	edx, ebx
	mov	rdi, rbp
	dec	r12d
	call	sift_down
	jmp	.L97
.L102:
	movsx	rbx, ebx
.L99:
	test	ebx, ebx
	jle	.L103
	mov	eax, DWORD PTR 0[rbp+rbx*4]
	mov	edx, DWORD PTR 0[rbp]
	xor	esi, esi
	mov	rdi, rbp
	mov	DWORD PTR 0[rbp+rbx*4], edx
	lea	edx, -1[rbx]
	dec	rbx
	mov	DWORD PTR 0[rbp], eax
	call	sift_down
	jmp	.L99
.L103:
	pop	rbx
	pop	rbp
	pop	r12
	ret
	.size	heap_sort, .-heap_sort
	.globl	quick_sort
	.type	quick_sort, @function
quick_sort:
	lea	edx, -1[rsi]
	xor	esi, esi
	jmp	quick
	.size	quick_sort, .-quick_sort
	.globl	prefix_sums
	.type	prefix_sums, @function
prefix_sums:
	xor	eax, eax
.L106:
	inc	rax
	cmp	esi, eax
	jle	.L108
	mov	edx, DWORD PTR -4[rdi+rax*4]
	add	DWORD PTR [rdi+rax*4], edx
	jmp	.L106
.L108:
	ret
	.size	prefix_sums, .-prefix_sums
	.globl	dot_product
	.type	dot_product, @function
dot_product:
	xor	eax, eax
	xor	ecx, ecx
.L110:
	cmp	edx, eax
	jle	.L112
	movsx	r8, DWORD PTR [rdi+rax*4]
	movsx	r9, DWORD PTR [rsi+rax*4]
	inc	rax
	imul	r8, r9
	add	rcx, r8
	jmp	.L110
.L112:
	mov	rax, rcx
	ret
	.size	dot_product, .-dot_product
	.globl	max_subarray
	.type	max_subarray, @function
max_subarray:
	xor	ecx, ecx
	xor	eax, eax
	xor	edx, edx
.L114:
	cmp	esi, ecx
	jle	.L116
	movsx	r8, DWORD PTR [rdi+rcx*4]
	add	rax, r8
	mov	r8d, 0
	cmovs	rax, r8
	cmp	rdx, rax
	cmovl	rdx, rax
	inc	rcx
	jmp	.L114
.L116:
	mov	rax, rdx
	ret
	.size	max_subarray, .-max_subarray
	.globl	rotate_left_one
	.type	rotate_left_one, @function
rotate_left_one:
	push	rbp
	push	rbx
	movsx	rbx, esi
	push	rdx
	cmp	ebx, 1
	jle	.L117
	lea	edx, -1[rbx]
	mov	ebp, DWORD PTR [rdi]
	lea	rsi, 4[rdi]
	sal	rdx, 2
	call	memmove@PLT
	mov	DWORD PTR -4[rax+rbx*4], ebp
.L117:
	pop	rax
	pop	rbx
	pop	rbp
	ret
	.size	rotate_left_one, .-rotate_left_one
	.globl	count_distinct_sorted
	.type	count_distinct_sorted, @function
count_distinct_sorted:
	xor	edx, edx
	test	esi, esi
	setg	dl
	xor	eax, eax
.L121:
	inc	rax
	cmp	esi, eax
	jle	.L123
	mov	ecx, DWORD PTR -4[rdi+rax*4]
	cmp	DWORD PTR [rdi+rax*4], ecx
	setne	cl
	movzx	ecx, cl
	add	edx, ecx
	jmp	.L121
.L123:
	mov	eax, edx
	ret
	.size	count_distinct_sorted, .-count_distinct_sorted
	.globl	sum_u64
	.type	sum_u64, @function
sum_u64:
	xor	eax, eax
	xor	edx, edx
.L125:
	cmp	rax, rsi
	je	.L127
	add	rdx, QWORD PTR [rdi+rax*8]
	inc	rax
	jmp	.L125
.L127:
	mov	rax, rdx
	ret
	.size	sum_u64, .-sum_u64
	.globl	sum_bytes
	.type	sum_bytes, @function
sum_bytes:
	xor	eax, eax
	xor	edx, edx
.L129:
	cmp	rax, rsi
	je	.L131
	movzx	ecx, BYTE PTR [rdi+rax]
	inc	rax
	add	edx, ecx
	jmp	.L129
.L131:
	mov	eax, edx
	ret
	.size	sum_bytes, .-sum_bytes
	.globl	sum_shorts
	.type	sum_shorts, @function
sum_shorts:
	xor	eax, eax
	xor	edx, edx
.L133:
	cmp	esi, eax
	jle	.L135
	movsx	ecx, WORD PTR [rdi+rax*2]
	inc	rax
	add	edx, ecx
	jmp	.L133
.L135:
	mov	eax, edx
	ret
	.size	sum_shorts, .-sum_shorts
	.globl	fill_squares
	.type	fill_squares, @function
fill_squares:
	xor	eax, eax
.L137:
	cmp	esi, eax
	jle	.L139
	mov	edx, eax
	imul	edx, eax
	mov	DWORD PTR [rdi+rax*4], edx
	inc	rax
	jmp	.L137
.L139:
	ret
	.size	fill_squares, .-fill_squares
	.globl	zero_array
	.type	zero_array, @function
zero_array:
	xor	eax, eax
	test	esi, esi
	cmovns	eax, esi
	movsx	rcx, eax
	xor	eax, eax
	sal	rcx, 2
	rep stosb
	ret
	.size	zero_array, .-zero_array
	.globl	copy_array
	.type	copy_array, @function
copy_array:
	xor	eax, eax
.L142:
	cmp	edx, eax
	jle	.L144
	mov	ecx, DWORD PTR [rsi+rax*4]
	mov	DWORD PTR [rdi+rax*4], ecx
	inc	rax
	jmp	.L142
.L144:
	ret
	.size	copy_array, .-copy_array
	.globl	majority_candidate
	.type	majority_candidate, @function
majority_candidate:
	xor	eax, eax
	xor	r8d, r8d
	xor	ecx, ecx
.L146:
	cmp	esi, eax
	jle	.L151
	test	r8d, r8d
	jne	.L147
	mov	ecx, DWORD PTR [rdi+rax*4]
	mov	edx, 1
	jmp	.L148
.L147:
	xor	edx, edx
	cmp	ecx, DWORD PTR [rdi+rax*4]
	sete	dl
	lea	edx, -1[rdx+rdx]
.L148:
	add	r8d, edx
	inc	rax
	jmp	.L146
.L151:
	mov	eax, ecx
	ret
	.size	majority_candidate, .-majority_candidate
	.globl	second_largest
	.type	second_largest, @function
second_largest:
	xor	edx, edx
	mov	eax, -2147483648
	mov	r8d, -2147483648
.L153:
	cmp	esi, edx
	jle	.L162
	mov	ecx, DWORD PTR [rdi+rdx*4]
	cmp	ecx, r8d
	jg	.L156
	je	.L154
	cmp	ecx, eax
	cmovge	eax, ecx
	jmp	.L154
.L156:
	mov	eax, r8d
	mov	r8d, ecx
.L154:
	inc	rdx
	jmp	.L153
.L162:
	ret
	.size	second_largest, .-second_largest
	.ident	"GCC: (Debian 12.2.0-14+deb12u1) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
