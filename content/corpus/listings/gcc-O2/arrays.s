	.file	"arrays.c"
	.intel_syntax noprefix
	.text
	.p2align 4
	.type	sift_down, @function
sift_down:
	lea	r8d, [rsi+rsi]
	cmp	edx, r8d
	jle	.L1
	movsx	rcx, esi
	mov	r9d, DWORD PTR [rdi+rcx*4]
	.p2align 4,,10
	.p2align 3
.L7:
	lea	eax, 1[r8]
	lea	r8, [rdi+rcx*4]
	movsx	rcx, eax
	lea	r10, 0[0+rcx*4]
	mov	ecx, DWORD PTR [rdi+rcx*4]
	cmp	ecx, r9d
	jg	.L3
	cmp	edx, eax
	jg	.L4
	ret
	.p2align 4,,10
	.p2align 3
.L3:
	cmp	edx, eax
	jle	.L6
	cmp	ecx, DWORD PTR 4[rdi+r10]
	jl	.L8
.L6:
	cmp	eax, esi
	je	.L1
	movsx	rcx, eax
	lea	rsi, [rdi+rcx*4]
	mov	r10d, DWORD PTR [rsi]
	mov	DWORD PTR [r8], r10d
	lea	r8d, [rax+rax]
	mov	DWORD PTR [rsi], r9d
	cmp	r8d, edx
	jge	.L11
	mov	esi, eax
	jmp	.L7
	.p2align 4,,10
	.p2align 3
.L4:
	cmp	DWORD PTR 4[rdi+r10], r9d
	jle	.L1
.L8:
	lea	eax, 2[rsi+rsi]
	jmp	.L6
	.p2align 4,,10
	.p2align 3
.L1:
	ret
	.p2align 4,,10
	.p2align 3
.L11:
	ret
	.size	sift_down, .-sift_down
	.p2align 4
	.type	quick, @function
quick:
	cmp	edx, esi
	jle	.L32
	push	r12
	mov	r10d, esi
	mov	r12, rdi
	push	rbp
	mov	ebp, edx
	push	rbx
.L13:
	lea	edx, 0[rbp+r10]
	mov	ebx, r10d
	mov	eax, edx
	shr	eax, 31
	add	eax, edx
	mov	edx, ebp
	sar	eax
	cdqe
	mov	esi, DWORD PTR [r12+rax*4]
	.p2align 4,,10
	.p2align 3
.L18:
	cmp	ebx, edx
	jg	.L19
.L36:
	movsx	rax, ebx
	movsx	r11, edx
	sal	rax, 2
	lea	r9, [r12+r11*4]
	lea	r8, [r12+rax]
	mov	edi, DWORD PTR [r9]
	lea	rax, 4[r12+rax]
	mov	ecx, DWORD PTR [r8]
	cmp	ecx, esi
	jge	.L35
	.p2align 4,,10
	.p2align 3
.L15:
	mov	r8, rax
	mov	ecx, DWORD PTR [rax]
	add	rax, 4
	add	ebx, 1
	cmp	ecx, esi
	jl	.L15
	cmp	esi, edi
	jge	.L16
.L23:
	lea	rax, -4[r12+r11*4]
	.p2align 4,,10
	.p2align 3
.L17:
	mov	r9, rax
	mov	edi, DWORD PTR [rax]
	sub	rax, 4
	sub	edx, 1
	cmp	edi, esi
	jg	.L17
.L16:
	cmp	edx, ebx
	jl	.L18
	mov	DWORD PTR [r8], edi
	add	ebx, 1
	sub	edx, 1
	mov	DWORD PTR [r9], ecx
.L37:
	cmp	ebx, edx
	jle	.L36
.L19:
	mov	esi, r10d
	mov	rdi, r12
	call	quick
	cmp	ebx, ebp
	jge	.L12
	mov	r10d, ebx
	jmp	.L13
	.p2align 4,,10
	.p2align 3
.L35:
	cmp	esi, edi
	jl	.L23
	mov	DWORD PTR [r8], edi
	add	ebx, 1
	sub	edx, 1
	mov	DWORD PTR [r9], ecx
	jmp	.L37
.L12:
	pop	rbx
	pop	rbp
	pop	r12
	ret
.L32:
	ret
	.size	quick, .-quick
	.p2align 4
	.globl	sum_array
	.type	sum_array, @function
sum_array:
	test	esi, esi
	jle	.L41
	movsx	rsi, esi
	xor	eax, eax
	lea	rcx, [rdi+rsi*4]
	.p2align 4,,10
	.p2align 3
.L40:
	movsx	rdx, DWORD PTR [rdi]
	add	rdi, 4
	add	rax, rdx
	cmp	rdi, rcx
	jne	.L40
	ret
	.p2align 4,,10
	.p2align 3
.L41:
	xor	eax, eax
	ret
	.size	sum_array, .-sum_array
	.p2align 4
	.globl	max_array
	.type	max_array, @function
max_array:
	xor	edx, edx
	test	esi, esi
	je	.L43
	mov	edx, DWORD PTR [rdi]
	cmp	esi, 1
	jle	.L43
	lea	ecx, -2[rsi]
	lea	rax, 4[rdi]
	lea	rsi, 8[rdi+rcx*4]
	.p2align 4,,10
	.p2align 3
.L45:
	mov	ecx, DWORD PTR [rax]
	cmp	edx, ecx
	cmovl	edx, ecx
	add	rax, 4
	cmp	rax, rsi
	jne	.L45
.L43:
	mov	eax, edx
	ret
	.size	max_array, .-max_array
	.p2align 4
	.globl	argmin
	.type	argmin, @function
argmin:
	cmp	esi, 1
	jle	.L50
	mov	esi, esi
	mov	eax, 1
	xor	edx, edx
	.p2align 4,,10
	.p2align 3
.L52:
	movsx	rcx, edx
	mov	ecx, DWORD PTR [rdi+rcx*4]
	cmp	DWORD PTR [rdi+rax*4], ecx
	cmovl	edx, eax
	add	rax, 1
	cmp	rsi, rax
	jne	.L52
	mov	eax, edx
	ret
	.p2align 4,,10
	.p2align 3
.L50:
	sbb	edx, edx
	mov	eax, edx
	ret
	.size	argmin, .-argmin
	.p2align 4
	.globl	count_negative
	.type	count_negative, @function
count_negative:
	test	esi, esi
	jle	.L58
	movsx	rsi, esi
	xor	edx, edx
	lea	rcx, [rdi+rsi*4]
	.p2align 4,,10
	.p2align 3
.L57:
	mov	eax, DWORD PTR [rdi]
	add	rdi, 4
	shr	eax, 31
	add	edx, eax
	cmp	rcx, rdi
	jne	.L57
	mov	eax, edx
	ret
	.p2align 4,,10
	.p2align 3
.L58:
	xor	edx, edx
	mov	eax, edx
	ret
	.size	count_negative, .-count_negative
	.p2align 4
	.globl	linear_search
	.type	linear_search, @function
linear_search:
	test	esi, esi
	jle	.L64
	movsx	rsi, esi
	xor	eax, eax
	jmp	.L63
	.p2align 4,,10
	.p2align 3
.L66:
	add	rax, 1
	cmp	rax, rsi
	je	.L64
.L63:
	cmp	DWORD PTR [rdi+rax*4], edx
	jne	.L66
	ret
	.p2align 4,,10
	.p2align 3
.L64:
	mov	eax, -1
	ret
	.size	linear_search, .-linear_search
	.p2align 4
	.globl	binary_search
	.type	binary_search, @function
binary_search:
	sub	esi, 1
	js	.L72
	xor	ecx, ecx
	jmp	.L71
	.p2align 4,,10
	.p2align 3
.L74:
	lea	ecx, 1[rax]
	cmp	esi, ecx
	jl	.L72
.L71:
	mov	eax, esi
	sub	eax, ecx
	sar	eax
	add	eax, ecx
	movsx	r8, eax
	cmp	DWORD PTR [rdi+r8*4], edx
	je	.L67
	jl	.L74
	lea	esi, -1[rax]
	cmp	esi, ecx
	jge	.L71
.L72:
	mov	eax, -1
.L67:
	ret
	.size	binary_search, .-binary_search
	.p2align 4
	.globl	lower_bound
	.type	lower_bound, @function
lower_bound:
	xor	ecx, ecx
	jmp	.L77
	.p2align 4,,10
	.p2align 3
.L78:
	lea	eax, [rsi+rcx]
	sar	eax
	movsx	r8, eax
	cmp	DWORD PTR [rdi+r8*4], edx
	jl	.L80
	mov	esi, eax
.L77:
	cmp	esi, ecx
	jg	.L78
	mov	eax, ecx
	ret
	.p2align 4,,10
	.p2align 3
.L80:
	lea	ecx, 1[rax]
	jmp	.L77
	.size	lower_bound, .-lower_bound
	.p2align 4
	.globl	is_sorted
	.type	is_sorted, @function
is_sorted:
	cmp	esi, 1
	jle	.L84
	lea	ecx, -2[rsi]
	mov	edx, DWORD PTR [rdi]
	lea	rax, 4[rdi]
	lea	rsi, 8[rdi+rcx*4]
	jmp	.L83
	.p2align 4,,10
	.p2align 3
.L87:
	add	rax, 4
	cmp	rax, rsi
	je	.L84
.L83:
	mov	ecx, edx
	mov	edx, DWORD PTR [rax]
	cmp	edx, ecx
	jge	.L87
	xor	eax, eax
	ret
	.p2align 4,,10
	.p2align 3
.L84:
	mov	eax, 1
	ret
	.size	is_sorted, .-is_sorted
	.p2align 4
	.globl	reverse_array
	.type	reverse_array, @function
reverse_array:
	sub	esi, 1
	test	esi, esi
	jle	.L88
	movsx	rsi, esi
	xor	eax, eax
	.p2align 4,,10
	.p2align 3
.L90:
	mov	edx, DWORD PTR [rdi+rax*4]
	mov	ecx, DWORD PTR [rdi+rsi*4]
	mov	DWORD PTR [rdi+rax*4], ecx
	add	rax, 1
	mov	DWORD PTR [rdi+rsi*4], edx
	sub	rsi, 1
	cmp	esi, eax
	jg	.L90
.L88:
	ret
	.size	reverse_array, .-reverse_array
	.p2align 4
	.globl	insertion_sort
	.type	insertion_sort, @function
insertion_sort:
	lea	r9d, -1[rsi]
	xor	r8d, r8d
	cmp	esi, 1
	jle	.L92
	.p2align 4,,10
	.p2align 3
.L97:
	mov	ecx, DWORD PTR 4[rdi+r8*4]
	mov	rax, r8
	jmp	.L94
	.p2align 4,,10
	.p2align 3
.L96:
	mov	DWORD PTR 4[rdi+rax*4], edx
	sub	rax, 1
	cmp	eax, -1
	je	.L99
.L94:
	mov	edx, DWORD PTR [rdi+rax*4]
	cmp	edx, ecx
	jg	.L96
	add	eax, 1
	cdqe
	lea	rax, [rdi+rax*4]
.L95:
	add	r8, 1
	mov	DWORD PTR [rax], ecx
	cmp	r9, r8
	jne	.L97
.L92:
	ret
	.p2align 4,,10
	.p2align 3
.L99:
	mov	rax, rdi
	jmp	.L95
	.size	insertion_sort, .-insertion_sort
	.p2align 4
	.globl	bubble_sort
	.type	bubble_sort, @function
bubble_sort:
	test	esi, esi
	jle	.L102
	lea	r9, 4[rdi]
.L104:
	cmp	esi, 1
	jle	.L117
	.p2align 4,,10
	.p2align 3
.L108:
	lea	edx, -2[rsi]
	mov	rax, rdi
	lea	r8, [r9+rdx*4]
	.p2align 4,,10
	.p2align 3
.L106:
	movq	xmm0, QWORD PTR [rax]
	pshufd	xmm1, xmm0, 0xe5
	movd	ecx, xmm0
	movd	edx, xmm1
	cmp	ecx, edx
	jle	.L105
	pshufd	xmm0, xmm0, 225
	movq	QWORD PTR [rax], xmm0
.L105:
	add	rax, 4
	cmp	rax, r8
	jne	.L106
	sub	esi, 1
	cmp	esi, 1
	jg	.L108
.L117:
	sub	esi, 1
	jne	.L104
.L102:
	ret
	.size	bubble_sort, .-bubble_sort
	.p2align 4
	.globl	selection_sort
	.type	selection_sort, @function
selection_sort:
	test	esi, esi
	jle	.L130
	push	rbp
	mov	r11d, 1
	mov	rbp, QWORD PTR [rdi]
	push	rbx
	lea	rbx, 8[rdi]
	cmp	esi, 1
	je	.L118
	.p2align 4,,10
	.p2align 3
.L124:
	lea	r10d, -1[r11]
	mov	rax, rbx
	mov	r8, rbp
	mov	edx, r11d
	jmp	.L123
	.p2align 4,,10
	.p2align 3
.L134:
	movsx	rcx, r10d
	add	edx, 1
	add	rax, 8
	lea	r9, [rdi+rcx*8]
	cmp	esi, edx
	jle	.L133
.L123:
	mov	rcx, QWORD PTR [rax]
	mov	r9, rax
	cmp	r8, rcx
	jle	.L134
	mov	r10d, edx
	add	edx, 1
	mov	r8, rcx
	add	rax, 8
	cmp	esi, edx
	jg	.L123
.L133:
	mov	QWORD PTR -8[rbx], r8
	add	r11d, 1
	add	rbx, 8
	mov	QWORD PTR [r9], rbp
	mov	rbp, QWORD PTR -8[rbx]
	cmp	r11d, esi
	jne	.L124
.L118:
	pop	rbx
	pop	rbp
	ret
.L130:
	ret
	.size	selection_sort, .-selection_sort
	.p2align 4
	.globl	heap_sort
	.type	heap_sort, @function
heap_sort:
	lea	eax, -2[rsi]
	lea	edx, -1[rsi]
	mov	r11d, eax
	shr	r11d, 31
	add	r11d, eax
	sar	r11d
	test	esi, esi
	jle	.L139
	.p2align 4,,10
	.p2align 3
.L136:
	mov	esi, r11d
	call	sift_down
	sub	r11d, 1
	jnb	.L136
.L139:
	movsx	r11, edx
	test	edx, edx
	jle	.L145
	.p2align 4,,10
	.p2align 3
.L140:
	mov	eax, DWORD PTR [rdi+r11*4]
	mov	edx, DWORD PTR [rdi]
	xor	esi, esi
	mov	DWORD PTR [rdi+r11*4], edx
	lea	edx, -1[r11]
	sub	r11, 1
	mov	DWORD PTR [rdi], eax
	call	sift_down
	test	r11d, r11d
	jg	.L140
	ret
	.p2align 4,,10
	.p2align 3
.L145:
	ret
	.size	heap_sort, .-heap_sort
	.p2align 4
	.globl	quick_sort
	.type	quick_sort, @function
quick_sort:
	lea	edx, -1[rsi]
	xor	esi, esi
	jmp	quick
	.size	quick_sort, .-quick_sort
	.p2align 4
	.globl	prefix_sums
	.type	prefix_sums, @function
prefix_sums:
	cmp	esi, 1
	jle	.L147
	lea	ecx, -2[rsi]
	mov	edx, DWORD PTR [rdi]
	lea	rax, 4[rdi]
	lea	rcx, 8[rdi+rcx*4]
	.p2align 4,,10
	.p2align 3
.L149:
	add	edx, DWORD PTR [rax]
	add	rax, 4
	mov	DWORD PTR -4[rax], edx
	cmp	rax, rcx
	jne	.L149
.L147:
	ret
	.size	prefix_sums, .-prefix_sums
	.p2align 4
	.globl	dot_product
	.type	dot_product, @function
dot_product:
	test	edx, edx
	jle	.L154
	movsx	rdx, edx
	xor	eax, eax
	xor	ecx, ecx
	lea	r9, 0[0+rdx*4]
	.p2align 4,,10
	.p2align 3
.L153:
	movsx	rdx, DWORD PTR [rdi+rax]
	movsx	r8, DWORD PTR [rsi+rax]
	add	rax, 4
	imul	rdx, r8
	add	rcx, rdx
	cmp	r9, rax
	jne	.L153
	mov	rax, rcx
	ret
	.p2align 4,,10
	.p2align 3
.L154:
	xor	ecx, ecx
	mov	rax, rcx
	ret
	.size	dot_product, .-dot_product
	.p2align 4
	.globl	max_subarray
	.type	max_subarray, @function
max_subarray:
	test	esi, esi
	jle	.L159
	movsx	rsi, esi
	xor	eax, eax
	xor	edx, edx
	lea	rsi, [rdi+rsi*4]
	.p2align 4,,10
	.p2align 3
.L158:
	movsx	rcx, DWORD PTR [rdi]
	add	rax, rcx
	mov	ecx, 0
	cmovs	rax, rcx
	cmp	rdx, rax
	cmovl	rdx, rax
	add	rdi, 4
	cmp	rsi, rdi
	jne	.L158
	mov	rax, rdx
	ret
	.p2align 4,,10
	.p2align 3
.L159:
	xor	edx, edx
	mov	rax, rdx
	ret
	.size	max_subarray, .-max_subarray
	.p2align 4
	.globl	rotate_left_one
	.type	rotate_left_one, @function
rotate_left_one:
	push	rbp
	push	rbx
	movsx	rbx, esi
	sub	rsp, 8
	cmp	ebx, 1
	jle	.L161
	lea	edx, -1[rbx]
	mov	ebp, DWORD PTR [rdi]
	lea	rsi, 4[rdi]
	sal	rdx, 2
	call	memmove@PLT
	mov	DWORD PTR -4[rax+rbx*4], ebp
.L161:
	add	rsp, 8
	pop	rbx
	pop	rbp
	ret
	.size	rotate_left_one, .-rotate_left_one
	.p2align 4
	.globl	count_distinct_sorted
	.type	count_distinct_sorted, @function
count_distinct_sorted:
	xor	ecx, ecx
	test	esi, esi
	setg	cl
	cmp	esi, 1
	jle	.L164
	sub	esi, 2
	mov	edx, DWORD PTR [rdi]
	lea	rax, 4[rdi]
	lea	rdi, 8[rdi+rsi*4]
	.p2align 4,,10
	.p2align 3
.L166:
	mov	esi, edx
	mov	edx, DWORD PTR [rax]
	cmp	edx, esi
	setne	sil
	add	rax, 4
	movzx	esi, sil
	add	ecx, esi
	cmp	rax, rdi
	jne	.L166
.L164:
	mov	eax, ecx
	ret
	.size	count_distinct_sorted, .-count_distinct_sorted
	.p2align 4
	.globl	sum_u64
	.type	sum_u64, @function
sum_u64:
	test	rsi, rsi
	je	.L171
	lea	rdx, [rdi+rsi*8]
	xor	eax, eax
	.p2align 4,,10
	.p2align 3
.L170:
	add	rax, QWORD PTR [rdi]
	add	rdi, 8
	cmp	rdi, rdx
	jne	.L170
	ret
	.p2align 4,,10
	.p2align 3
.L171:
	xor	eax, eax
	ret
	.size	sum_u64, .-sum_u64
	.p2align 4
	.globl	sum_bytes
	.type	sum_bytes, @function
sum_bytes:
	test	rsi, rsi
	je	.L176
	add	rsi, rdi
	xor	eax, eax
	.p2align 4,,10
	.p2align 3
.L175:
	movzx	edx, BYTE PTR [rdi]
	add	rdi, 1
	add	eax, edx
	cmp	rdi, rsi
	jne	.L175
	ret
	.p2align 4,,10
	.p2align 3
.L176:
	xor	eax, eax
	ret
	.size	sum_bytes, .-sum_bytes
	.p2align 4
	.globl	sum_shorts
	.type	sum_shorts, @function
sum_shorts:
	test	esi, esi
	jle	.L181
	movsx	rsi, esi
	xor	eax, eax
	lea	rcx, [rdi+rsi*2]
	.p2align 4,,10
	.p2align 3
.L180:
	movsx	edx, WORD PTR [rdi]
	add	rdi, 2
	add	eax, edx
	cmp	rdi, rcx
	jne	.L180
	ret
	.p2align 4,,10
	.p2align 3
.L181:
	xor	eax, eax
	ret
	.size	sum_shorts, .-sum_shorts
	.p2align 4
	.globl	fill_squares
	.type	fill_squares, @function
fill_squares:
	test	esi, esi
	jle	.L183
	movsx	rsi, esi
	xor	eax, eax
	.p2align 4,,10
	.p2align 3
.L185:
	mov	edx, eax
	imul	edx, eax
	mov	DWORD PTR [rdi+rax*4], edx
	add	rax, 1
	cmp	rsi, rax
	jne	.L185
.L183:
	ret
	.size	fill_squares, .-fill_squares
	.p2align 4
	.globl	zero_array
	.type	zero_array, @function
zero_array:
	test	esi, esi
	jle	.L187
	mov	esi, esi
	lea	rdx, 0[0+rsi*4]
	xor	esi, esi
	jmp	memset@PLT
	.p2align 4,,10
	.p2align 3
.L187:
	ret
	.size	zero_array, .-zero_array
	.p2align 4
	.globl	copy_array
	.type	copy_array, @function
copy_array:
	test	edx, edx
	jle	.L189
	movsx	rdx, edx
	xor	eax, eax
	lea	rcx, 0[0+rdx*4]
	.p2align 4,,10
	.p2align 3
.L191:
	mov	edx, DWORD PTR [rsi+rax]
	mov	DWORD PTR [rdi+rax], edx
	add	rax, 4
	cmp	rcx, rax
	jne	.L191
.L189:
	ret
	.size	copy_array, .-copy_array
	.p2align 4
	.globl	majority_candidate
	.type	majority_candidate, @function
majority_candidate:
	test	esi, esi
	jle	.L198
	movsx	rsi, esi
	xor	edx, edx
	xor	ecx, ecx
	lea	rsi, [rdi+rsi*4]
	jmp	.L197
	.p2align 4,,10
	.p2align 3
.L201:
	mov	ecx, DWORD PTR [rdi]
	mov	eax, 1
	add	rdi, 4
	add	edx, eax
	cmp	rsi, rdi
	je	.L193
.L197:
	test	edx, edx
	je	.L201
	xor	eax, eax
	cmp	ecx, DWORD PTR [rdi]
	sete	al
	add	rdi, 4
	lea	eax, -1[rax+rax]
	add	edx, eax
	cmp	rsi, rdi
	jne	.L197
.L193:
	mov	eax, ecx
	ret
	.p2align 4,,10
	.p2align 3
.L198:
	xor	ecx, ecx
	mov	eax, ecx
	ret
	.size	majority_candidate, .-majority_candidate
	.p2align 4
	.globl	second_largest
	.type	second_largest, @function
second_largest:
	test	esi, esi
	jle	.L207
	movsx	rsi, esi
	mov	edx, -2147483648
	mov	ecx, -2147483648
	lea	rsi, [rdi+rsi*4]
	jmp	.L206
	.p2align 4,,10
	.p2align 3
.L214:
	je	.L204
	cmp	edx, eax
	cmovl	edx, eax
.L204:
	add	rdi, 4
	cmp	rsi, rdi
	je	.L202
.L206:
	mov	eax, DWORD PTR [rdi]
	cmp	ecx, eax
	jge	.L214
	add	rdi, 4
	mov	edx, ecx
	mov	ecx, eax
	cmp	rsi, rdi
	jne	.L206
.L202:
	mov	eax, edx
	ret
	.p2align 4,,10
	.p2align 3
.L207:
	mov	edx, -2147483648
	mov	eax, edx
	ret
	.size	second_largest, .-second_largest
	.ident	"GCC: (Debian 12.2.0-14+deb12u1) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
