	.file	"arrays.c"
	.intel_syntax noprefix
	.text
	.type	sift_down, @function
sift_down:
	mov	rcx, rdi
	lea	edi, [rsi+rsi]
	cmp	edx, edi
	jg	.L5
	ret
.L8:
	ret
.L3:
	cmp	edx, eax
	jle	.L1
	movsx	rax, esi
	mov	edi, DWORD PTR 4[rcx+r10]
	cmp	DWORD PTR [rcx+rax*4], edi
	jge	.L1
.L6:
	lea	eax, 2[rsi+rsi]
.L4:
	cmp	eax, esi
	je	.L1
	movsx	rsi, eax
	lea	rsi, [rcx+rsi*4]
	mov	edi, DWORD PTR [rsi]
	mov	DWORD PTR [r8], edi
	mov	DWORD PTR [rsi], r9d
	lea	edi, [rax+rax]
	cmp	edi, edx
	jge	.L8
	mov	esi, eax
.L5:
	lea	eax, 1[rdi]
	movsx	rdi, esi
	lea	r8, [rcx+rdi*4]
	mov	r9d, DWORD PTR [r8]
	movsx	rdi, eax
	lea	r10, 0[0+rdi*4]
	cmp	r9d, DWORD PTR [rcx+rdi*4]
	jge	.L3
	cmp	edx, eax
	jle	.L4
	mov	r11d, DWORD PTR 4[rcx+r10]
	cmp	DWORD PTR [rcx+rdi*4], r11d
	jge	.L4
	jmp	.L6
.L1:
	ret
	.size	sift_down, .-sift_down
	.type	quick, @function
quick:
	cmp	esi, edx
	jge	.L27
	push	r12
	push	rbp
	push	rbx
	mov	rbp, rdi
	mov	r10d, esi
	mov	r12d, edx
	lea	edx, [rsi+rdx]
	mov	eax, edx
	shr	eax, 31
	add	eax, edx
	sar	eax
	cdqe
	mov	esi, DWORD PTR [rdi+rax*4]
	mov	edx, r12d
	mov	ebx, r10d
	jmp	.L15
.L20:
	mov	DWORD PTR [r9], edi
	mov	DWORD PTR [r8], ecx
	add	ebx, 1
	sub	edx, 1
	jmp	.L15
.L16:
	mov	esi, r10d
	mov	rdi, rbp
	call	quick
	mov	edx, r12d
	mov	esi, ebx
	mov	rdi, rbp
	call	quick
	pop	rbx
	pop	rbp
	pop	r12
	ret
.L30:
	movsx	rax, edx
	lea	r8, 0[rbp+rax*4]
	mov	edi, DWORD PTR [r8]
	cmp	esi, edi
	jge	.L20
.L19:
	movsx	rax, edx
	lea	rax, -4[rbp+rax*4]
.L14:
	sub	edx, 1
	mov	r8, rax
	sub	rax, 4
	mov	edi, DWORD PTR 4[rax]
	cmp	edi, esi
	jg	.L14
.L13:
	cmp	edx, ebx
	jge	.L20
.L15:
	cmp	ebx, edx
	jg	.L16
	movsx	rax, ebx
	sal	rax, 2
	lea	r9, 0[rbp+rax]
	mov	ecx, DWORD PTR [r9]
	lea	rax, 4[rbp+rax]
	cmp	esi, ecx
	jle	.L30
.L12:
	add	ebx, 1
	mov	rdi, rax
	add	rax, 4
	mov	ecx, DWORD PTR -4[rax]
	cmp	ecx, esi
	jl	.L12
	mov	r9, rdi
	movsx	rax, edx
	lea	r8, 0[rbp+rax*4]
	mov	edi, DWORD PTR [r8]
	cmp	esi, edi
	jl	.L19
	jmp	.L13
.L27:
	ret
	.size	quick, .-quick
	.globl	sum_array
	.type	sum_array, @function
sum_array:
	test	esi, esi
	jle	.L34
	mov	rax, rdi
	movsx	rsi, esi
	lea	rsi, [rdi+rsi*4]
	mov	edx, 0
.L33:
	movsx	rcx, DWORD PTR [rax]
	add	rdx, rcx
	add	rax, 4
	cmp	rax, rsi
	jne	.L33
.L31:
	mov	rax, rdx
	ret
.L34:
	mov	edx, 0
	jmp	.L31
	.size	sum_array, .-sum_array
	.globl	max_array
	.type	max_array, @function
max_array:
	mov	eax, esi
	test	esi, esi
	je	.L37
	mov	ecx, DWORD PTR [rdi]
	cmp	esi, 1
	jle	.L39
	lea	rdx, 4[rdi]
	lea	eax, -2[rsi]
	lea	rsi, 8[rdi+rax*4]
	mov	eax, ecx
.L38:
	mov	ecx, DWORD PTR [rdx]
	cmp	eax, ecx
	cmovl	eax, ecx
	add	rdx, 4
	cmp	rdx, rsi
	jne	.L38
	ret
.L39:
	mov	eax, ecx
.L37:
	ret
	.size	max_array, .-max_array
	.globl	argmin
	.type	argmin, @function
argmin:
	cmp	esi, 1
	jle	.L42
	mov	esi, esi
	mov	eax, 1
	mov	edx, 0
.L44:
	movsx	rcx, edx
	mov	ecx, DWORD PTR [rdi+rcx*4]
	cmp	DWORD PTR [rdi+rax*4], ecx
	cmovl	edx, eax
	add	rax, 1
	cmp	rax, rsi
	jne	.L44
.L41:
	mov	eax, edx
	ret
.L42:
	sbb	edx, edx
	jmp	.L41
	.size	argmin, .-argmin
	.globl	count_negative
	.type	count_negative, @function
count_negative:
	test	esi, esi
	jle	.L50
	mov	rax, rdi
	movsx	rsi, esi
	lea	rsi, [rdi+rsi*4]
	mov	ecx, 0
.L49:
	mov	edx, DWORD PTR [rax]
	shr	edx, 31
	add	ecx, edx
	add	rax, 4
	cmp	rax, rsi
	jne	.L49
.L47:
	mov	eax, ecx
	ret
.L50:
	mov	ecx, 0
	jmp	.L47
	.size	count_negative, .-count_negative
	.globl	linear_search
	.type	linear_search, @function
linear_search:
	test	esi, esi
	jle	.L56
	movsx	rsi, esi
	mov	eax, 0
.L55:
	cmp	DWORD PTR [rdi+rax*4], edx
	je	.L52
	add	rax, 1
	cmp	rax, rsi
	jne	.L55
	mov	eax, -1
	ret
.L56:
	mov	eax, -1
.L52:
	ret
	.size	linear_search, .-linear_search
	.globl	binary_search
	.type	binary_search, @function
binary_search:
	sub	esi, 1
	js	.L63
	mov	ecx, 0
	jmp	.L62
.L60:
	lea	esi, -1[rax]
.L61:
	cmp	ecx, esi
	jg	.L65
.L62:
	mov	r8d, esi
	sub	r8d, ecx
	mov	eax, r8d
	shr	eax, 31
	add	eax, r8d
	sar	eax
	add	eax, ecx
	movsx	r8, eax
	mov	r8d, DWORD PTR [rdi+r8*4]
	cmp	r8d, edx
	je	.L58
	jge	.L60
	lea	ecx, 1[rax]
	jmp	.L61
.L65:
	mov	eax, -1
	ret
.L63:
	mov	eax, -1
.L58:
	ret
	.size	binary_search, .-binary_search
	.globl	lower_bound
	.type	lower_bound, @function
lower_bound:
	mov	ecx, 0
.L68:
	cmp	esi, ecx
	jle	.L71
	lea	eax, [rsi+rcx]
	sar	eax
	movsx	r8, eax
	cmp	DWORD PTR [rdi+r8*4], edx
	jl	.L72
	mov	esi, eax
	jmp	.L68
.L72:
	lea	ecx, 1[rax]
	jmp	.L68
.L71:
	mov	eax, ecx
	ret
	.size	lower_bound, .-lower_bound
	.globl	is_sorted
	.type	is_sorted, @function
is_sorted:
	cmp	esi, 1
	jle	.L76
	mov	rax, rdi
	lea	edx, -2[rsi]
	lea	rdx, 4[rdi+rdx*4]
.L75:
	mov	ecx, DWORD PTR 4[rax]
	cmp	DWORD PTR [rax], ecx
	jg	.L77
	add	rax, 4
	cmp	rax, rdx
	jne	.L75
	mov	eax, 1
	ret
.L76:
	mov	eax, 1
	ret
.L77:
	mov	eax, 0
	ret
	.size	is_sorted, .-is_sorted
	.globl	reverse_array
	.type	reverse_array, @function
reverse_array:
	sub	esi, 1
	test	esi, esi
	jle	.L79
	movsx	rsi, esi
	mov	eax, 0
.L81:
	mov	edx, DWORD PTR [rdi+rax*4]
	mov	ecx, DWORD PTR [rdi+rsi*4]
	mov	DWORD PTR [rdi+rax*4], ecx
	mov	DWORD PTR [rdi+rsi*4], edx
	add	rax, 1
	sub	rsi, 1
	cmp	eax, esi
	jl	.L81
.L79:
	ret
	.size	reverse_array, .-reverse_array
	.globl	insertion_sort
	.type	insertion_sort, @function
insertion_sort:
	cmp	esi, 1
	jle	.L83
	mov	r9, rdi
	lea	r10d, -1[rsi]
	mov	r8d, 0
	jmp	.L88
.L86:
	movsx	rdx, edx
	mov	DWORD PTR 4[rdi+rdx*4], esi
	add	r8, 1
	add	r9, 4
	cmp	r8, r10
	je	.L83
.L88:
	mov	esi, DWORD PTR 4[r9]
	mov	edx, r8d
	mov	rax, r9
	test	r8d, r8d
	js	.L86
.L85:
	mov	ecx, DWORD PTR [rax]
	cmp	ecx, esi
	jle	.L86
	mov	DWORD PTR 4[rax], ecx
	sub	edx, 1
	sub	rax, 4
	cmp	edx, -1
	jne	.L85
	jmp	.L86
.L83:
	ret
	.size	insertion_sort, .-insertion_sort
	.globl	bubble_sort
	.type	bubble_sort, @function
bubble_sort:
	test	esi, esi
	jle	.L92
	lea	r9, 4[rdi]
	jmp	.L94
.L95:
	add	rax, 4
	cmp	rax, r8
	je	.L104
.L96:
	mov	edx, DWORD PTR [rax]
	mov	ecx, DWORD PTR 4[rax]
	cmp	edx, ecx
	jle	.L95
	mov	DWORD PTR [rax], ecx
	mov	DWORD PTR 4[rax], edx
	jmp	.L95
.L105:
	sub	esi, 1
	jne	.L94
.L92:
	ret
.L104:
	sub	esi, 1
.L94:
	cmp	esi, 1
	jle	.L105
	mov	rax, rdi
	lea	edx, -2[rsi]
	lea	r8, [r9+rdx*4]
	jmp	.L96
	.size	bubble_sort, .-bubble_sort
	.globl	selection_sort
	.type	selection_sort, @function
selection_sort:
	test	esi, esi
	jle	.L106
	lea	r10d, -1[rsi]
	movsx	r11, esi
	mov	r8d, 0
	jmp	.L110
.L111:
	mov	r8, r9
.L110:
	mov	edx, r8d
	cmp	r8, r10
	je	.L106
	lea	r9, 1[r8]
	mov	rax, r9
.L109:
	movsx	rcx, edx
	mov	rcx, QWORD PTR [rdi+rcx*8]
	cmp	QWORD PTR [rdi+rax*8], rcx
	cmovl	edx, eax
	add	rax, 1
	cmp	esi, eax
	jg	.L109
	mov	rcx, QWORD PTR [rdi+r8*8]
	movsx	rdx, edx
	lea	rax, [rdi+rdx*8]
	mov	rdx, QWORD PTR [rax]
	mov	QWORD PTR [rdi+r8*8], rdx
	mov	QWORD PTR [rax], rcx
	cmp	r11, r9
	jne	.L111
.L106:
	ret
	.size	selection_sort, .-selection_sort
	.globl	heap_sort
	.type	heap_sort, @function
heap_sort:
	push	r13
	push	r12
	push	rbp
	push	rbx
	mov	rbp, rdi
	mov	ebx, esi
	lea	eax, -2[rsi]
	mov	r12d, eax
	shr	r12d, 31
	add	r12d, eax
	sar	r12d
	test	esi, esi
	jle	.L114
	lea	r13d, -1[rsi]
.L115:
	mov	edx, r13d
	mov	esi, r12d
	mov	rdi, rbp
	call	sift_down
	sub	r12d, 1
	jns	.L115
.L114:
	sub	ebx, 1
	test	ebx, ebx
	jle	.L113
	movsx	rbx, ebx
.L117:
	mov	eax, DWORD PTR 0[rbp+rbx*4]
	mov	edx, DWORD PTR 0[rbp]
	mov	DWORD PTR 0[rbp+rbx*4], edx
	mov	DWORD PTR 0[rbp], eax
	lea	edx, -1[rbx]
	mov	esi, 0
	mov	rdi, rbp
	call	sift_down
	sub	rbx, 1
	test	ebx, ebx
	jg	.L117
.L113:
	pop	rbx
	pop	rbp
	pop	r12
	pop	r13
	ret
	.size	heap_sort, .-heap_sort
	.globl	quick_sort
	.type	quick_sort, @function
quick_sort:
	sub	rsp, 8
	lea	edx, -1[rsi]
	mov	esi, 0
	call	quick
	add	rsp, 8
	ret
	.size	quick_sort, .-quick_sort
	.globl	prefix_sums
	.type	prefix_sums, @function
prefix_sums:
	cmp	esi, 1
	jle	.L123
	lea	rax, 4[rdi]
	lea	edx, -2[rsi]
	lea	rcx, 8[rdi+rdx*4]
.L125:
	mov	edx, DWORD PTR -4[rax]
	add	DWORD PTR [rax], edx
	add	rax, 4
	cmp	rax, rcx
	jne	.L125
.L123:
	ret
	.size	prefix_sums, .-prefix_sums
	.globl	dot_product
	.type	dot_product, @function
dot_product:
	test	edx, edx
	jle	.L130
	movsx	rdx, edx
	lea	r9, 0[0+rdx*4]
	mov	eax, 0
	mov	ecx, 0
.L129:
	movsx	rdx, DWORD PTR [rdi+rax]
	movsx	r8, DWORD PTR [rsi+rax]
	imul	rdx, r8
	add	rcx, rdx
	add	rax, 4
	cmp	rax, r9
	jne	.L129
.L127:
	mov	rax, rcx
	ret
.L130:
	mov	ecx, 0
	jmp	.L127
	.size	dot_product, .-dot_product
	.globl	max_subarray
	.type	max_subarray, @function
max_subarray:
	test	esi, esi
	jle	.L135
	mov	rdx, rdi
	movsx	rsi, esi
	lea	rdi, [rdi+rsi*4]
	mov	eax, 0
	mov	ecx, 0
.L134:
	movsx	rsi, DWORD PTR [rdx]
	add	rax, rsi
	mov	esi, 0
	cmovs	rax, rsi
	cmp	rcx, rax
	cmovl	rcx, rax
	add	rdx, 4
	cmp	rdx, rdi
	jne	.L134
.L132:
	mov	rax, rcx
	ret
.L135:
	mov	ecx, 0
	jmp	.L132
	.size	max_subarray, .-max_subarray
	.globl	rotate_left_one
	.type	rotate_left_one, @function
rotate_left_one:
	cmp	esi, 1
	jle	.L137
	mov	r8d, DWORD PTR [rdi]
	mov	rax, rdi
	lea	edx, -2[rsi]
	lea	rcx, 4[rdi+rdx*4]
.L139:
	mov	edx, DWORD PTR 4[rax]
	mov	DWORD PTR [rax], edx
	add	rax, 4
	cmp	rax, rcx
	jne	.L139
	movsx	rsi, esi
	mov	DWORD PTR -4[rdi+rsi*4], r8d
.L137:
	ret
	.size	rotate_left_one, .-rotate_left_one
	.globl	count_distinct_sorted
	.type	count_distinct_sorted, @function
count_distinct_sorted:
	test	esi, esi
	setg	dl
	movzx	edx, dl
	cmp	esi, 1
	jle	.L141
	mov	rax, rdi
	lea	ecx, -2[rsi]
	lea	rsi, 4[rdi+rcx*4]
.L143:
	mov	edi, DWORD PTR [rax]
	cmp	DWORD PTR 4[rax], edi
	setne	cl
	movzx	ecx, cl
	add	edx, ecx
	add	rax, 4
	cmp	rax, rsi
	jne	.L143
.L141:
	mov	eax, edx
	ret
	.size	count_distinct_sorted, .-count_distinct_sorted
	.globl	sum_u64
	.type	sum_u64, @function
sum_u64:
	test	rsi, rsi
	je	.L148
	mov	rdx, rdi
	lea	rcx, [rdi+rsi*8]
	mov	eax, 0
.L147:
	add	rax, QWORD PTR [rdx]
	add	rdx, 8
	cmp	rdx, rcx
	jne	.L147
	ret
.L148:
	mov	rax, rsi
	ret
	.size	sum_u64, .-sum_u64
	.globl	sum_bytes
	.type	sum_bytes, @function
sum_bytes:
	test	rsi, rsi
	je	.L153
	mov	rax, rdi
	add	rdi, rsi
	mov	edx, 0
.L152:
	movzx	ecx, BYTE PTR [rax]
	add	edx, ecx
	add	rax, 1
	cmp	rax, rdi
	jne	.L152
.L150:
	mov	eax, edx
	ret
.L153:
	mov	edx, 0
	jmp	.L150
	.size	sum_bytes, .-sum_bytes
	.globl	sum_shorts
	.type	sum_shorts, @function
sum_shorts:
	test	esi, esi
	jle	.L158
	mov	rax, rdi
	movsx	rsi, esi
	lea	rsi, [rdi+rsi*2]
	mov	edx, 0
.L157:
	movsx	ecx, WORD PTR [rax]
	add	edx, ecx
	add	rax, 2
	cmp	rax, rsi
	jne	.L157
.L155:
	mov	eax, edx
	ret
.L158:
	mov	edx, 0
	jmp	.L155
	.size	sum_shorts, .-sum_shorts
	.globl	fill_squares
	.type	fill_squares, @function
fill_squares:
	test	esi, esi
	jle	.L160
	movsx	rsi, esi
	mov	eax, 0
.L162:
	mov	edx, eax
	imul	edx, eax
	mov	DWORD PTR [rdi+rax*4], edx
	add	rax, 1
	cmp	rax, rsi
	jne	.L162
.L160:
	ret
	.size	fill_squares, .-fill_squares
	.globl	zero_array
	.type	zero_array, @function
zero_array:
	test	esi, esi
	jle	.L164
	mov	rax, rdi
	movsx	rsi, esi
	lea	rdx, [rdi+rsi*4]
.L166:
	mov	DWORD PTR [rax], 0
	add	rax, 4
	cmp	rax, rdx
	jne	.L166
.L164:
	ret
	.size	zero_array, .-zero_array
	.globl	copy_array
	.type	copy_array, @function
copy_array:
	test	edx, edx
	jle	.L168
	movsx	rdx, edx
	lea	rcx, 0[0+rdx*4]
	mov	eax, 0
.L170:
	mov	edx, DWORD PTR [rsi+rax]
	mov	DWORD PTR [rdi+rax], edx
	add	rax, 4
	cmp	rax, rcx
	jne	.L170
.L168:
	ret
	.size	copy_array, .-copy_array
	.globl	majority_candidate
	.type	majority_candidate, @function
majority_candidate:
	test	esi, esi
	jle	.L177
	mov	rax, rdi
	movsx	rsi, esi
	lea	rdi, [rdi+rsi*4]
	mov	ecx, 0
	mov	esi, 0
	jmp	.L176
.L174:
	cmp	DWORD PTR [rax], esi
	sete	dl
	movzx	edx, dl
	lea	edx, -1[rdx+rdx]
.L175:
	add	ecx, edx
	add	rax, 4
	cmp	rax, rdi
	je	.L172
.L176:
	test	ecx, ecx
	jne	.L174
	mov	esi, DWORD PTR [rax]
	mov	edx, 1
	jmp	.L175
.L177:
	mov	esi, 0
.L172:
	mov	eax, esi
	ret
	.size	majority_candidate, .-majority_candidate
	.globl	second_largest
	.type	second_largest, @function
second_largest:
	test	esi, esi
	jle	.L185
	mov	rcx, rdi
	movsx	rsi, esi
	lea	rdi, [rdi+rsi*4]
	mov	eax, -2147483648
	mov	esi, -2147483648
	jmp	.L184
.L186:
	mov	eax, esi
	mov	esi, edx
.L182:
	add	rcx, 4
	cmp	rcx, rdi
	je	.L189
.L184:
	mov	edx, DWORD PTR [rcx]
	cmp	edx, esi
	jg	.L186
	mov	r8d, eax
	cmp	edx, eax
	cmovge	eax, edx
	cmp	edx, esi
	cmove	eax, r8d
	jmp	.L182
.L189:
	ret
.L185:
	mov	eax, -2147483648
	ret
	.size	second_largest, .-second_largest
	.ident	"GCC: (Debian 12.2.0-14+deb12u1) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
