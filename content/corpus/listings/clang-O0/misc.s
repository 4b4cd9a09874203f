	.text
	.intel_syntax noprefix
	.file	"misc.c"
	.globl	clamp                           # -- Begin function clamp
	.p2align	4, 0x90
	.type	clamp,@function
clamp:                                  # @clamp
# %bb.0:
	push	rbp
	mov	rbp, rsp
	mov	dword ptr [rbp - 4], edi
	mov	dword ptr [rbp - 8], esi
	mov	dword ptr [rbp - 12], edx
	mov	eax, dword ptr [rbp - 4]
	cmp	eax, dword ptr [rbp - 8]
	jge	.LBB0_2
# %bb.1:
	mov	eax, dword ptr [rbp - 8]
	mov	dword ptr [rbp - 16], eax       # 4-byte Spill
	jmp	.LBB0_6
.LBB0_2:
	mov	eax, dword ptr [rbp - 4]
	cmp	eax, dword ptr [rbp - 12]
	jle	.LBB0_4
# %bb.3:
	mov	eax, dword ptr [rbp - 12]
	mov	dword ptr [rbp - 20], eax       # 4-byte Spill
	jmp	.LBB0_5
.LBB0_4:
	mov	eax, dword ptr [rbp - 4]
	mov	dword ptr [rbp - 20], eax       # 4-byte Spill
.LBB0_5:
	mov	eax, dword ptr [rbp - 20]       # 4-byte Reload
	mov	dword ptr [rbp - 16], eax       # 4-byte Spill
.LBB0_6:
	mov	eax, dword ptr [rbp - 16]       # 4-byte Reload
	pop	rbp
	ret
.Lfunc_end0:
	.size	clamp, .Lfunc_end0-clamp
                                        # -- End function
	.globl	max3                            # -- Begin function max3
	.p2align	4, 0x90
	.type	max3,@function
max3:                                   # @max3
# %bb.0:
	push	rbp
	mov	rbp, rsp
	mov	dword ptr [rbp - 4], edi
	mov	dword ptr [rbp - 8], esi
	mov	dword ptr [rbp - 12], edx
	mov	eax, dword ptr [rbp - 4]
	cmp	eax, dword ptr [rbp - 8]
	jle	.LBB1_2
# %bb.1:
	mov	eax, dword ptr [rbp - 4]
	mov	dword ptr [rbp - 20], eax       # 4-byte Spill
	jmp	.LBB1_3
.LBB1_2:
	mov	eax, dword ptr [rbp - 8]
	mov	dword ptr [rbp - 20], eax       # 4-byte Spill
.LBB1_3:
	mov	eax, dword ptr [rbp - 20]       # 4-byte Reload
	mov	dword ptr [rbp - 16], eax
	mov	eax, dword ptr [rbp - 16]
	cmp	eax, dword ptr [rbp - 12]
	jle	.LBB1_5
# %bb.4:
	mov	eax, dword ptr [rbp - 16]
	mov	dword ptr [rbp - 24], eax       # 4-byte Spill
	jmp	.LBB1_6
.LBB1_5:
	mov	eax, dword ptr [rbp - 12]
	mov	dword ptr [rbp - 24], eax       # 4-byte Spill
.LBB1_6:
	mov	eax, dword ptr [rbp - 24]       # 4-byte Reload
	pop	rbp
	ret
.Lfunc_end1:
	.size	max3, .Lfunc_end1-max3
                                        # -- End function
	.globl	median3                         # -- Begin function median3
	.p2align	4, 0x90
	.type	median3,@function
median3:                                # @median3
# %bb.0:
	push	rbp
	mov	rbp, rsp
	mov	dword ptr [rbp - 4], edi
	mov	dword ptr [rbp - 8], esi
	mov	dword ptr [rbp - 12], edx
	mov	eax, dword ptr [rbp - 4]
	cmp	eax, dword ptr [rbp - 8]
	jle	.LBB2_2
# %bb.1:
	mov	eax, dword ptr [rbp - 4]
	mov	dword ptr [rbp - 16], eax
	mov	eax, dword ptr [rbp - 8]
	mov	dword ptr [rbp - 4], eax
	mov	eax, dword ptr [rbp - 16]
	mov	dword ptr [rbp - 8], eax
.LBB2_2:
	mov	eax, dword ptr [rbp - 8]
	cmp	eax, dword ptr [rbp - 12]
	jle	.LBB2_4
# %bb.3:
	mov	eax, dword ptr [rbp - 12]
	mov	dword ptr [rbp - 8], eax
.LBB2_4:
	mov	eax, dword ptr [rbp - 4]
	cmp	eax, dword ptr [rbp - 8]
	jle	.LBB2_6
# %bb.5:
	mov	eax, dword ptr [rbp - 4]
	mov	dword ptr [rbp - 20], eax       # 4-byte Spill
	jmp	.LBB2_7
.LBB2_6:
	mov	eax, dword ptr [rbp - 8]
	mov	dword ptr [rbp - 20], eax       # 4-byte Spill
.LBB2_7:
	mov	eax, dword ptr [rbp - 20]       # 4-byte Reload
	pop	rbp
	ret
.Lfunc_end2:
	.size	median3, .Lfunc_end2-median3
                                        # -- End function
	.globl	is_leap                         # -- Begin function is_leap
	.p2align	4, 0x90
	.type	is_leap,@function
is_leap:                                # @is_leap
# %bb.0:
	push	rbp
	mov	rbp, rsp
	mov	dword ptr [rbp - 4], edi
	mov	eax, dword ptr [rbp - 4]
	mov	ecx, 4
	cdq
	idiv	ecx
	cmp	edx, 0
	jne	.LBB3_2
# %bb.1:
	mov	eax, dword ptr [rbp - 4]
	mov	ecx, 100
	cdq
	idiv	ecx
	mov	al, 1
	cmp	edx, 0
	mov	byte ptr [rbp - 5], al          # 1-byte Spill
	jne	.LBB3_3
.LBB3_2:
	mov	eax, dword ptr [rbp - 4]
	mov	ecx, 400
	cdq
	idiv	ecx
	cmp	edx, 0
	sete	al
	mov	byte ptr [rbp - 5], al          # 1-byte Spill
.LBB3_3:
	mov	al, byte ptr [rbp - 5]          # 1-byte Reload
	and	al, 1
	movzx	eax, al
	pop	rbp
	ret
.Lfunc_end3:
	.size	is_leap, .Lfunc_end3-is_leap
                                        # -- End function
	.globl	triangle                        # -- Begin function triangle
	.p2align	4, 0x90
	.type	triangle,@function
triangle:                               # @triangle
# %bb.0:
	push	rbp
	mov	rbp, rsp
	mov	qword ptr [rbp - 8], rdi
	mov	rax, qword ptr [rbp - 8]
	mov	rcx, qword ptr [rbp - 8]
	add	rcx, 1
	imul	rax, rcx
	mov	ecx, 2
	cqo
	idiv	rcx
	pop	rbp
	ret
.Lfunc_end4:
	.size	triangle, .Lfunc_end4-triangle
                                        # -- End function
	.globl	lerp_int                        # -- Begin function lerp_int
	.p2align	4, 0x90
	.type	lerp_int,@function
lerp_int:                               # @lerp_int
# %bb.0:
	push	rbp
	mov	rbp, rsp
	mov	dword ptr [rbp - 4], edi
	mov	dword ptr [rbp - 8], esi
	mov	dword ptr [rbp - 12], edx
	mov	eax, dword ptr [rbp - 4]
	mov	dword ptr [rbp - 16], eax       # 4-byte Spill
	mov	eax, dword ptr [rbp - 8]
	sub	eax, dword ptr [rbp - 4]
	cdqe
	movsxd	rcx, dword ptr [rbp - 12]
	imul	rax, rcx
	mov	ecx, 256
	cqo
	idiv	rcx
	mov	rcx, rax
	mov	eax, dword ptr [rbp - 16]       # 4-byte Reload
                                        # kill: def $ecx killed $ecx killed $rcx
	add	eax, ecx
	pop	rbp
	ret
.Lfunc_end5:
	.size	lerp_int, .Lfunc_end5-lerp_int
                                        # -- End function
	.globl	day_of_week                     # -- Begin function day_of_week
	.p2align	4, 0x90
	.type	day_of_week,@function
day_of_week:                            # @day_of_week
# %bb.0:
	push	rbp
	mov	rbp, rsp
	mov	dword ptr [rbp - 8], edi
	mov	dword ptr [rbp - 12], esi
	mov	dword ptr [rbp - 16], edx
	cmp	dword ptr [rbp - 12], 1
	jl	.LBB6_2
# %bb.1:
	cmp	dword ptr [rbp - 12], 12
	jle	.LBB6_3
.LBB6_2:
	mov	dword ptr [rbp - 4], -1
	jmp	.LBB6_4
.LBB6_3:
	cmp	dword ptr [rbp - 12], 3
	setl	al
	and	al, 1
	movzx	ecx, al
	mov	eax, dword ptr [rbp - 8]
	sub	eax, ecx
	mov	dword ptr [rbp - 8], eax
	mov	eax, dword ptr [rbp - 8]
	mov	dword ptr [rbp - 28], eax       # 4-byte Spill
	mov	eax, dword ptr [rbp - 8]
	mov	ecx, 4
	cdq
	idiv	ecx
	mov	ecx, eax
	mov	eax, dword ptr [rbp - 28]       # 4-byte Reload
	add	eax, ecx
	mov	dword ptr [rbp - 24], eax       # 4-byte Spill
	mov	eax, dword ptr [rbp - 8]
	mov	ecx, 100
	cdq
	idiv	ecx
	mov	ecx, eax
	mov	eax, dword ptr [rbp - 24]       # 4-byte Reload
	sub	eax, ecx
	mov	dword ptr [rbp - 20], eax       # 4-byte Spill
	mov	eax, dword ptr [rbp - 8]
	mov	ecx, 400
	cdq
	idiv	ecx
	mov	ecx, eax
	mov	eax, dword ptr [rbp - 20]       # 4-byte Reload
	add	eax, ecx
	mov	ecx, dword ptr [rbp - 12]
	sub	ecx, 1
	movsxd	rdx, ecx
	lea	rcx, [rip + day_of_week.t]
	add	eax, dword ptr [rcx + 4*rdx]
	add	eax, dword ptr [rbp - 16]
	mov	ecx, 7
	cdq
	idiv	ecx
	mov	dword ptr [rbp - 4], edx
.LBB6_4:
	mov	eax, dword ptr [rbp - 4]
	pop	rbp
	ret
.Lfunc_end6:
	.size	day_of_week, .Lfunc_end6-day_of_week
                                        # -- End function
	.globl	count_set_in_range              # -- Begin function count_set_in_range
	.p2align	4, 0x90
	.type	count_set_in_range,@function
count_set_in_range:                     # @count_set_in_range
# %bb.0:
	push	rbp
	mov	rbp, rsp
	mov	dword ptr [rbp - 4], edi
	mov	dword ptr [rbp - 8], esi
	mov	dword ptr [rbp - 12], 0
	mov	eax, dword ptr [rbp - 4]
	mov	dword ptr [rbp - 16], eax
.LBB7_1:                                # =>This Inner Loop Header: Depth=1
	mov	ecx, dword ptr [rbp - 16]
	xor	eax, eax
                                        # kill: def $al killed $al killed $eax
	cmp	ecx, dword ptr [rbp - 8]
	mov	byte ptr [rbp - 17], al         # 1-byte Spill
	jae	.LBB7_3
# %bb.2:                                #   in Loop: Header=BB7_1 Depth=1
	mov	eax, dword ptr [rbp - 16]
	mov	ecx, dword ptr [rbp - 4]
	add	ecx, 64
	cmp	eax, ecx
	setb	al
	mov	byte ptr [rbp - 17], al         # 1-byte Spill
.LBB7_3:                                #   in Loop: Header=BB7_1 Depth=1
	mov	al, byte ptr [rbp - 17]         # 1-byte Reload
	test	al, 1
	jne	.LBB7_4
	jmp	.LBB7_6
.LBB7_4:                                #   in Loop: Header=BB7_1 Depth=1
	mov	ecx, dword ptr [rbp - 16]
	mov	eax, ecx
	shr	eax
	and	eax, 1431655765
	sub	ecx, eax
	mov	eax, ecx
	and	eax, 858993459
	shr	ecx, 2
	and	ecx, 858993459
	add	eax, ecx
	mov	ecx, eax
	shr	ecx, 4
	add	eax, ecx
	and	eax, 252645135
	imul	eax, eax, 16843009
	shr	eax, 24
	add	eax, dword ptr [rbp - 12]
	mov	dword ptr [rbp - 12], eax
# %bb.5:                                #   in Loop: Header=BB7_1 Depth=1
	mov	eax, dword ptr [rbp - 16]
	add	eax, 1
	mov	dword ptr [rbp - 16], eax
	jmp	.LBB7_1
.LBB7_6:
	mov	eax, dword ptr [rbp - 12]
	pop	rbp
	ret
.Lfunc_end7:
	.size	count_set_in_range, .Lfunc_end7-count_set_in_range
                                        # -- End function
	.globl	zero_fill                       # -- Begin function zero_fill
	.p2align	4, 0x90
	.type	zero_fill,@function
zero_fill:                              # @zero_fill
# %bb.0:
	push	rbp
	mov	rbp, rsp
	sub	rsp, 16
	mov	qword ptr [rbp - 8], rdi
	mov	dword ptr [rbp - 12], esi
	cmp	dword ptr [rbp - 12], 0
	jle	.LBB8_2
# %bb.1:
	mov	rdi, qword ptr [rbp - 8]
	movsxd	rdx, dword ptr [rbp - 12]
	shl	rdx, 2
	xor	esi, esi
	call	memset@PLT
.LBB8_2:
	add	rsp, 16
	pop	rbp
	ret
.Lfunc_end8:
	.size	zero_fill, .Lfunc_end8-zero_fill
                                        # -- End function
	.globl	copy_ints                       # -- Begin function copy_ints
	.p2align	4, 0x90
	.type	copy_ints,@function
copy_ints:                              # @copy_ints
# %bb.0:
	push	rbp
	mov	rbp, rsp
	sub	rsp, 32
	mov	qword ptr [rbp - 8], rdi
	mov	qword ptr [rbp - 16], rsi
	mov	dword ptr [rbp - 20], edx
	cmp	dword ptr [rbp - 20], 0
	jle	.LBB9_2
# %bb.1:
	mov	rdi, qword ptr [rbp - 8]
	mov	rsi, qword ptr [rbp - 16]
	movsxd	rdx, dword ptr [rbp - 20]
	shl	rdx, 2
	call	memcpy@PLT
.LBB9_2:
	add	rsp, 32
	pop	rbp
	ret
.Lfunc_end9:
	.size	copy_ints, .Lfunc_end9-copy_ints
                                        # -- End function
	.globl	length_plus_one                 # -- Begin function length_plus_one
	.p2align	4, 0x90
	.type	length_plus_one,@function
length_plus_one:                        # @length_plus_one
# %bb.0:
	push	rbp
	mov	rbp, rsp
	sub	rsp, 16
	mov	qword ptr [rbp - 8], rdi
	mov	rdi, qword ptr [rbp - 8]
	call	strlen@PLT
	add	rax, 1
	add	rsp, 16
	pop	rbp
	ret
.Lfunc_end10:
	.size	length_plus_one, .Lfunc_end10-length_plus_one
                                        # -- End function
	.globl	shift_right_one                 # -- Begin function shift_right_one
	.p2align	4, 0x90
	.type	shift_right_one,@function
shift_right_one:                        # @shift_right_one
# %bb.0:
	push	rbp
	mov	rbp, rsp
	sub	rsp, 16
	mov	qword ptr [rbp - 8], rdi
	mov	dword ptr [rbp - 12], esi
	cmp	dword ptr [rbp - 12], 1
	jle	.LBB11_2
# %bb.1:
	mov	rdi, qword ptr [rbp - 8]
	add	rdi, 4
	mov	rsi, qword ptr [rbp - 8]
	mov	eax, dword ptr [rbp - 12]
	sub	eax, 1
	movsxd	rdx, eax
	shl	rdx, 2
	call	memmove@PLT
.LBB11_2:
	add	rsp, 16
	pop	rbp
	ret
.Lfunc_end11:
	.size	shift_right_one, .Lfunc_end11-shift_right_one
                                        # -- End function
	.globl	sum_local_array                 # -- Begin function sum_local_array
	.p2align	4, 0x90
	.type	sum_local_array,@function
sum_local_array:                        # @sum_local_array
# %bb.0:
	push	rbp
	mov	rbp, rsp
	sub	rsp, 32
	mov	dword ptr [rbp - 4], edi
	mov	dword ptr [rbp - 148], 0
.LBB12_1:                               # =>This Inner Loop Header: Depth=1
	cmp	dword ptr [rbp - 148], 32
	jge	.LBB12_4
# %bb.2:                                #   in Loop: Header=BB12_1 Depth=1
	mov	ecx, dword ptr [rbp - 148]
	imul	ecx, dword ptr [rbp - 4]
	movsxd	rax, dword ptr [rbp - 148]
	mov	dword ptr [rbp + 4*rax - 144], ecx
# %bb.3:                                #   in Loop: Header=BB12_1 Depth=1
	mov	eax, dword ptr [rbp - 148]
	add	eax, 1
	mov	dword ptr [rbp - 148], eax
	jmp	.LBB12_1
.LBB12_4:
	mov	dword ptr [rbp - 152], 0
	mov	dword ptr [rbp - 156], 0
.LBB12_5:                               # =>This Inner Loop Header: Depth=1
	cmp	dword ptr [rbp - 156], 32
	jge	.LBB12_8
# %bb.6:                                #   in Loop: Header=BB12_5 Depth=1
	movsxd	rax, dword ptr [rbp - 156]
	mov	eax, dword ptr [rbp + 4*rax - 144]
	add	eax, dword ptr [rbp - 152]
	mov	dword ptr [rbp - 152], eax
# %bb.7:                                #   in Loop: Header=BB12_5 Depth=1
	mov	eax, dword ptr [rbp - 156]
	add	eax, 3
	mov	dword ptr [rbp - 156], eax
	jmp	.LBB12_5
.LBB12_8:
	mov	eax, dword ptr [rbp - 152]
	add	rsp, 32
	pop	rbp
	ret
.Lfunc_end12:
	.size	sum_local_array, .Lfunc_end12-sum_local_array
                                        # -- End function
	.globl	name_length                     # -- Begin function name_length
	.p2align	4, 0x90
	.type	name_length,@function
name_length:                            # @name_length
# %bb.0:
	push	rbp
	mov	rbp, rsp
	sub	rsp, 16
	mov	dword ptr [rbp - 4], edi
	cmp	dword ptr [rbp - 4], 0
	jl	.LBB13_3
# %bb.1:
	cmp	dword ptr [rbp - 4], 10
	jge	.LBB13_3
# %bb.2:
	movsxd	rcx, dword ptr [rbp - 4]
	lea	rax, [rip + names]
	mov	rdi, qword ptr [rax + 8*rcx]
	call	strlen@PLT
                                        # kill: def $eax killed $eax killed $rax
	mov	dword ptr [rbp - 8], eax        # 4-byte Spill
	jmp	.LBB13_4
.LBB13_3:
	mov	eax, 4294967295
	mov	dword ptr [rbp - 8], eax        # 4-byte Spill
	jmp	.LBB13_4
.LBB13_4:
	mov	eax, dword ptr [rbp - 8]        # 4-byte Reload
	add	rsp, 16
	pop	rbp
	ret
.Lfunc_end13:
	.size	name_length, .Lfunc_end13-name_length
                                        # -- End function
	.globl	first_letter                    # -- Begin function first_letter
	.p2align	4, 0x90
	.type	first_letter,@function
first_letter:                           # @first_letter
# %bb.0:
	push	rbp
	mov	rbp, rsp
	mov	dword ptr [rbp - 4], edi
	cmp	dword ptr [rbp - 4], 0
	jl	.LBB14_3
# %bb.1:
	cmp	dword ptr [rbp - 4], 10
	jge	.LBB14_3
# %bb.2:
	movsxd	rcx, dword ptr [rbp - 4]
	lea	rax, [rip + names]
	mov	rax, qword ptr [rax + 8*rcx]
	movsx	eax, byte ptr [rax]
	mov	dword ptr [rbp - 8], eax        # 4-byte Spill
	jmp	.LBB14_4
.LBB14_3:
	xor	eax, eax
	mov	dword ptr [rbp - 8], eax        # 4-byte Spill
	jmp	.LBB14_4
.LBB14_4:
	mov	eax, dword ptr [rbp - 8]        # 4-byte Reload
	pop	rbp
	ret
.Lfunc_end14:
	.size	first_letter, .Lfunc_end14-first_letter
                                        # -- End function
	.globl	bump                            # -- Begin function bump
	.p2align	4, 0x90
	.type	bump,@function
bump:                                   # @bump
# %bb.0:
	push	rbp
	mov	rbp, rsp
	mov	dword ptr [rbp - 4], edi
	mov	eax, dword ptr [rip + counter]
	mov	dword ptr [rbp - 8], eax
	mov	eax, dword ptr [rbp - 8]
	add	eax, dword ptr [rbp - 4]
	mov	dword ptr [rip + counter], eax
	mov	eax, dword ptr [rip + counter]
	shl	eax, 1
	mov	dword ptr [rbp - 12], eax
	mov	eax, dword ptr [rbp - 8]
	mov	dword ptr [rip + counter], eax
	mov	eax, dword ptr [rbp - 12]
	pop	rbp
	ret
.Lfunc_end15:
	.size	bump, .Lfunc_end15-bump
                                        # -- End function
	.globl	table_sum                       # -- Begin function table_sum
	.p2align	4, 0x90
	.type	table_sum,@function
table_sum:                              # @table_sum
# %bb.0:
	push	rbp
	mov	rbp, rsp
	mov	dword ptr [rbp - 4], edi
	mov	qword ptr [rbp - 16], 0
	mov	dword ptr [rbp - 20], 0
.LBB16_1:                               # =>This Inner Loop Header: Depth=1
	cmp	dword ptr [rbp - 20], 8
	jge	.LBB16_4
# %bb.2:                                #   in Loop: Header=BB16_1 Depth=1
	movsxd	rcx, dword ptr [rbp - 20]
	lea	rax, [rip + table]
	movsx	rax, word ptr [rax + 2*rcx]
	mov	ecx, dword ptr [rbp - 4]
	add	ecx, dword ptr [rbp - 20]
	movsxd	rcx, ecx
	imul	rax, rcx
	add	rax, qword ptr [rbp - 16]
	mov	qword ptr [rbp - 16], rax
# %bb.3:                                #   in Loop: Header=BB16_1 Depth=1
	mov	eax, dword ptr [rbp - 20]
	add	eax, 1
	mov	dword ptr [rbp - 20], eax
	jmp	.LBB16_1
.LBB16_4:
	mov	rax, qword ptr [rbp - 16]
	pop	rbp
	ret
.Lfunc_end16:
	.size	table_sum, .Lfunc_end16-table_sum
                                        # -- End function
	.globl	abs_diff                        # -- Begin function abs_diff
	.p2align	4, 0x90
	.type	abs_diff,@function
abs_diff:                               # @abs_diff
# %bb.0:
	push	rbp
	mov	rbp, rsp
	mov	dword ptr [rbp - 4], edi
	mov	dword ptr [rbp - 8], esi
	mov	eax, dword ptr [rbp - 4]
	cmp	eax, dword ptr [rbp - 8]
	jle	.LBB17_2
# %bb.1:
	mov	eax, dword ptr [rbp - 4]
	sub	eax, dword ptr [rbp - 8]
	mov	dword ptr [rbp - 12], eax       # 4-byte Spill
	jmp	.LBB17_3
.LBB17_2:
	mov	eax, dword ptr [rbp - 8]
	sub	eax, dword ptr [rbp - 4]
	mov	dword ptr [rbp - 12], eax       # 4-byte Spill
.LBB17_3:
	mov	eax, dword ptr [rbp - 12]       # 4-byte Reload
	pop	rbp
	ret
.Lfunc_end17:
	.size	abs_diff, .Lfunc_end17-abs_diff
                                        # -- End function
	.globl	mix_args                        # -- Begin function mix_args
	.p2align	4, 0x90
	.type	mix_args,@function
mix_args:                               # @mix_args
# %bb.0:
	push	rbp
	mov	rbp, rsp
	mov	dword ptr [rbp - 52], r8d       # 4-byte Spill
	mov	rax, rcx
	mov	ecx, dword ptr [rbp - 52]       # 4-byte Reload
	mov	qword ptr [rbp - 48], rax       # 8-byte Spill
	mov	rax, rdx
	mov	rdx, qword ptr [rbp - 48]       # 8-byte Reload
	mov	qword ptr [rbp - 40], rax       # 8-byte Spill
	mov	eax, esi
	mov	rsi, qword ptr [rbp - 40]       # 8-byte Reload
	mov	dword ptr [rbp - 32], eax       # 4-byte Spill
	mov	r8d, edi
	mov	edi, dword ptr [rbp - 32]       # 4-byte Reload
	mov	al, r9b
                                        # kill: def $cx killed $cx killed $ecx
	mov	dword ptr [rbp - 4], r8d
	mov	dword ptr [rbp - 8], edi
	mov	qword ptr [rbp - 16], rsi
	mov	qword ptr [rbp - 24], rdx
	mov	word ptr [rbp - 26], cx
	mov	byte ptr [rbp - 27], al
	movsxd	rax, dword ptr [rbp - 4]
	imul	rax, rax, 3
	imul	ecx, dword ptr [rbp - 8], 5
	mov	ecx, ecx
                                        # kill: def $rcx killed $ecx
	add	rax, rcx
	imul	rcx, qword ptr [rbp - 16], 7
	add	rax, rcx
	imul	rcx, qword ptr [rbp - 24], 11
	add	rax, rcx
	movsx	rcx, word ptr [rbp - 26]
	imul	rcx, rcx, 13
	add	rax, rcx
	movzx	ecx, byte ptr [rbp - 27]
	imul	ecx, ecx, 17
	mov	ecx, ecx
                                        # kill: def $rcx killed $ecx
	add	rax, rcx
	pop	rbp
	ret
.Lfunc_end18:
	.size	mix_args, .Lfunc_end18-mix_args
                                        # -- End function
	.type	day_of_week.t,@object           # @day_of_week.t
	.section	.rodata,"a",@progbits
	.p2align	4
day_of_week.t:
	.long	0                               # 0x0
	.long	3                               # 0x3
	.long	2                               # 0x2
	.long	5                               # 0x5
	.long	0                               # 0x0
	.long	3                               # 0x3
	.long	5                               # 0x5
	.long	1                               # 0x1
	.long	4                               # 0x4
	.long	6                               # 0x6
	.long	2                               # 0x2
	.long	4                               # 0x4
	.size	day_of_week.t, 48

	.type	names,@object                   # @names
	.section	.data.rel.ro,"aw",@progbits
	.p2align	4
names:
	.quad	.L.str
	.quad	.L.str.1
	.quad	.L.str.2
	.quad	.L.str.3
	.quad	.L.str.4
	.quad	.L.str.5
	.quad	.L.str.6
	.quad	.L.str.7
	.quad	.L.str.8
	.quad	.L.str.9
	.size	names, 80

	.type	counter,@object                 # @counter
	.data
	.p2align	2
counter:
	.long	40                              # 0x28
	.size	counter, 4

	.type	table,@object                   # @table
	.section	.rodata,"a",@progbits
	.p2align	4
table:
	.short	1                               # 0x1
	.short	65534                           # 0xfffe
	.short	300                             # 0x12c
	.short	61536                           # 0xf060
	.short	5                               # 0x5
	.short	6                               # 0x6
	.short	65529                           # 0xfff9
	.short	8                               # 0x8
	.size	table, 16

	.type	.L.str,@object                  # @.str
	.section	.rodata.str1.1,"aMS",@progbits,1
.L.str:
	.asciz	"zero"
	.size	.L.str, 5

	.type	.L.str.1,@object                # @.str.1
.L.str.1:
	.asciz	"one"
	.size	.L.str.1, 4

	.type	.L.str.2,@object                # @.str.2
.L.str.2:
	.asciz	"two"
	.size	.L.str.2, 4

	.type	.L.str.3,@object                # @.str.3
.L.str.3:
	.asciz	"three"
	.size	.L.str.3, 6

	.type	.L.str.4,@object                # @.str.4
.L.str.4:
	.asciz	"four"
	.size	.L.str.4, 5

	.type	.L.str.5,@object                # @.str.5
.L.str.5:
	.asciz	"five"
	.size	.L.str.5, 5

	.type	.L.str.6,@object                # @.str.6
.L.str.6:
	.asciz	"six"
	.size	.L.str.6, 4

	.type	.L.str.7,@object                # @.str.7
.L.str.7:
	.asciz	"seven"
	.size	.L.str.7, 6

	.type	.L.str.8,@object                # @.str.8
.L.str.8:
	.asciz	"eight"
	.size	.L.str.8, 6

	.type	.L.str.9,@object                # @.str.9
.L.str.9:
	.asciz	"nine"
	.size	.L.str.9, 5

	.ident	"Debian clang version 14.0.6"
	.section	".note.GNU-stack","",@progbits
